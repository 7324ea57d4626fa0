// std Rust, inside the differentiated function: a Vec of structs of mixed fields (integers
// and doubles) built from the input, two of its elements swapped, the whole reversed
// (records moved in place), then read through slices of it (split_at, a subslice).
extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    static enzyme_dup: i32;
    static enzyme_const: i32;
}

#[derive(Clone, Copy)]
pub struct Particle {
    pub key: u32,
    pub x: f64,
    pub charge: f64,
    pub mass: f64,
    pub tag: u8,
}

// After the swap and the reverse, the first half weighs (position + 1) x mass, the middle
// one sin(x), the rest x charge.
extern "C" fn sorted_energy(xs: *const f64, n: usize) -> f64 {
    let xs = unsafe { std::slice::from_raw_parts(xs, n) };
    let mut ps: Vec<Particle> = xs.iter().enumerate().map(|(i, &x)| Particle {
        key: ((7 * i) % n) as u32, x, charge: 0.5 + i as f64, mass: x * x, tag: i as u8,
    }).collect();
    ps.swap(0, n - 1);
    ps.reverse();
    let (head, tail) = ps.split_at(n / 2);
    let mut e = 0.0;
    for (r, p) in head.iter().enumerate() {
        e += (r + 1) as f64 * p.x * p.mass;
    }
    for p in &tail[1..] {
        e += p.x * p.charge + p.tag as f64;
    }
    e + tail[0].x.sin()
}

#[no_mangle]
pub extern "C" fn run_checks() -> i32 {
    let xs = [0.5f64, -1.5, 2.0, 0.25, 1.75, -0.5, 3.0, 1.25, -2.25, 0.75, 2.5];
    let n = xs.len();
    let mut dxs = [0.0f64; 11];
    unsafe {
        __enzyme_autodiff(sorted_energy as *const u8, enzyme_dup, xs.as_ptr(), dxs.as_mut_ptr(),
                          enzyme_const, n);
    }
    // Where particle i ends up: swapped with the last, then reversed.
    let mut order: Vec<usize> = (0..n).collect();
    order.swap(0, n - 1);
    order.reverse();
    let mut want = vec![0.0f64; n];
    for (pos, &i) in order.iter().enumerate() {
        let x = xs[i];
        want[i] = if pos < n / 2 {
            (pos + 1) as f64 * 3.0 * x * x
        } else if pos == n / 2 {
            x.cos()
        } else {
            0.5 + i as f64
        };
    }
    let mut bad = false;
    for i in 0..n {
        println!("rs_reverse d f / d xs[{i}] = {:.12} (analytic {:.12})", dxs[i], want[i]);
        bad |= (dxs[i] - want[i]).abs() > 1e-9 * want[i].abs().max(1.0);
    }
    bad as i32
}
