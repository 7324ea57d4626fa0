// std Rust, inside the differentiated function: iterator chains over a slice of structs of
// mixed fields (the argument, with a shadow slice): zip with its reverse, map, fold, windows,
// chunks, enumerate, rev, filter and sum.
extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    static enzyme_dup: i32;
    static enzyme_const: i32;
}

#[derive(Clone, Copy)]
#[repr(C)]
pub struct Sample {
    pub y: f64,
    pub id: u32,
    pub w: f32,
    pub t: f64,
}

// f = sum_i y_i t_{n-1-i}  +  sum_i (y_{i+1} - y_i)^2  +  sum_c (c+1) sum_{i in chunk c} y_i w_i
//     + sum over odd ids, reversed, of y_i * (position in the reversed order + 1)
extern "C" fn chained(ss: *const Sample, n: usize) -> f64 {
    let ss = unsafe { std::slice::from_raw_parts(ss, n) };
    let a = ss.iter().zip(ss.iter().rev()).map(|(p, q)| p.y * q.t).fold(0.0, |acc, v| acc + v);
    let b: f64 = ss.windows(2).map(|w| (w[1].y - w[0].y) * (w[1].y - w[0].y)).sum();
    let c: f64 = ss
        .chunks(3)
        .enumerate()
        .map(|(i, ch)| ch.iter().map(|s| s.y * s.w as f64).sum::<f64>() * (i + 1) as f64)
        .sum();
    let d = ss
        .iter()
        .rev()
        .filter(|s| s.id % 2 == 1)
        .enumerate()
        .fold(0.0, |acc, (k, s)| acc + s.y * (k + 1) as f64);
    a + b + c + d
}

#[no_mangle]
pub extern "C" fn run_checks() -> i32 {
    let n = 7usize;
    let ss: Vec<Sample> = (0..n)
        .map(|i| Sample { y: 0.3 * i as f64 - 0.7, id: i as u32, w: 0.5 + i as f32, t: 1.0 + 0.25 * i as f64 })
        .collect();
    let mut ds = vec![Sample { y: 0.0, id: 0, w: 0.0, t: 0.0 }; n];
    unsafe {
        __enzyme_autodiff(chained as *const u8, enzyme_dup, ss.as_ptr(), ds.as_mut_ptr(),
                          enzyme_const, n);
    }
    let mut bad = false;
    let odd: Vec<usize> = (0..n).rev().filter(|i| i % 2 == 1).collect();
    for i in 0..n {
        let mut dy = ss[n - 1 - i].t + ss[i].w as f64 * (i / 3 + 1) as f64;
        if i + 1 < n {
            dy -= 2.0 * (ss[i + 1].y - ss[i].y);
        }
        if i > 0 {
            dy += 2.0 * (ss[i].y - ss[i - 1].y);
        }
        if let Some(k) = odd.iter().position(|&j| j == i) {
            dy += (k + 1) as f64;
        }
        let dt = ss[n - 1 - i].y;
        let dw = ss[i].y * (i / 3 + 1) as f64;
        println!("rs_iterchain d f / d ss[{i}].y = {:.12} (analytic {dy:.12}), d/dt = {:.12} \
                  (analytic {dt:.12}), d/dw = {:.7} (analytic {dw:.7})", ds[i].y, ds[i].t, ds[i].w);
        bad |= (ds[i].y - dy).abs() > 1e-9 * dy.abs().max(1.0);
        bad |= (ds[i].t - dt).abs() > 1e-9 * dt.abs().max(1.0);
        bad |= (ds[i].w as f64 - dw).abs() > 1e-6 * dw.abs().max(1.0) || ds[i].id != 0;
    }
    bad as i32
}
