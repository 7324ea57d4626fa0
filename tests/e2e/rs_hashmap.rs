// std Rust, inside the differentiated function: a HashMap<u32, f64> filled from the input
// (entry().or_insert() accumulating, insert), updated in place (get_mut, index assignment
// through entry), and read back (get, indexing), then dropped.
use std::collections::HashMap;

extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    static enzyme_dup: i32;
    static enzyme_const: i32;
}

// f = sum_k (k + 1) * S_k' + sin(xs[0]), where S_k = sum of xs[i]^2 over i = k (mod 3),
// and S_1' = 2 S_1, S_0' = S_0 + xs[n-1], S_2' = S_2.
extern "C" fn bucket_energy(xs: *const f64, n: usize) -> f64 {
    let xs = unsafe { std::slice::from_raw_parts(xs, n) };
    let mut m: HashMap<u32, f64> = HashMap::new();
    for (i, &x) in xs.iter().enumerate() {
        *m.entry((i % 3) as u32).or_insert(0.0) += x * x;
    }
    if let Some(v) = m.get_mut(&1) {
        *v *= 2.0;
    }
    *m.entry(0).or_default() += xs[n - 1];
    m.insert(7, xs[0]);
    let mut e = 0.0;
    for k in 0..3u32 {
        e += m[&k] * (k + 1) as f64;
    }
    e + m.get(&7).copied().unwrap_or(0.0).sin()
}

#[no_mangle]
pub extern "C" fn run_checks() -> i32 {
    let xs = [0.5f64, -1.5, 2.0, 0.25, 1.75, -0.5, 3.0];
    let n = xs.len();
    let mut dxs = [0.0f64; 7];
    unsafe {
        __enzyme_autodiff(bucket_energy as *const u8, enzyme_dup, xs.as_ptr(), dxs.as_mut_ptr(),
                          enzyme_const, n);
    }
    let mut bad = false;
    for i in 0..n {
        let k = i % 3;
        let scale = if k == 1 { 2.0 } else { 1.0 };
        let mut want = (k + 1) as f64 * scale * 2.0 * xs[i];
        if i == n - 1 {
            want += 1.0; // S_0 += xs[n-1], weighed by 1
        }
        if i == 0 {
            want += xs[0].cos();
        }
        println!("rs_hashmap d f / d xs[{i}] = {:.12} (analytic {want:.12})", dxs[i]);
        bad |= (dxs[i] - want).abs() > 1e-9 * want.abs().max(1.0);
    }
    bad as i32
}
