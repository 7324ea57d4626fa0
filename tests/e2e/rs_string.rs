// std Rust, inside the differentiated function: Strings built and formatted on paths that do
// not reach the derivative (a label made with format!, write! into a String, to_string of a
// float, a message only printed when a check fails), with the floats computed beside them.
use std::fmt::Write;

extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    static enzyme_const: i32;
}

#[inline(never)]
fn describe(step: usize, value: f64) -> String {
    format!("step {step}: {value:.3}")
}

// f(x) = sum_{i<4} x^(i+2) / (i+1) + (len of the log > 0 ? x : 0)
extern "C" fn logged_sum(x: f64, steps: usize) -> f64 {
    let mut log = String::with_capacity(8);
    let mut total = 0.0;
    let mut p = x * x;
    for i in 0..steps {
        total += p / (i + 1) as f64;
        let line = describe(i, total);
        log.push_str(&line);
        write!(log, " [{}]", i).unwrap();
        log.push('\n');
        p *= x;
    }
    let label = total.to_string();
    if label.is_empty() || !total.is_finite() {
        eprintln!("bad total {label} after {log}");
    }
    if log.len() > label.len() { total + x } else { total }
}

#[no_mangle]
pub extern "C" fn run_checks() -> i32 {
    let (x, steps) = (1.1f64, 4usize);
    let d = unsafe { __enzyme_autodiff(logged_sum as *const u8, x, enzyme_const, steps) };
    let mut want = 1.0;
    for i in 0..steps {
        want += (i + 2) as f64 * x.powi(i as i32 + 1) / (i + 1) as f64;
    }
    println!("rs_string d f / d x = {d:.12} (analytic {want:.12})");
    ((d - want).abs() > 1e-9 * want.abs()) as i32
}
