// std Rust, inside the differentiated function: a Box<struct> of floats and integers
// allocated, passed to a helper by &mut that updates it in a loop, then read and dropped.
extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    static enzyme_const: i32;
}

pub struct Oscillator {
    pub steps: u32,
    pub pos: f64,
    pub mass: f32,
    pub vel: f64,
    pub id: u64,
}

#[inline(never)]
fn advance(o: &mut Oscillator, dt: f64) {
    for _ in 0..o.steps {
        o.vel -= o.pos * dt / o.mass as f64;
        o.pos += o.vel * dt;
    }
    o.id += 1;
}

extern "C" fn energy(x0: f64, dt: f64) -> f64 {
    let mut o = Box::new(Oscillator { steps: 5, pos: x0, mass: 2.0, vel: 0.5 * x0 * x0, id: 7 });
    advance(&mut o, dt);
    let e = o.pos * o.pos + o.vel * o.vel * o.mass as f64;
    if o.id == 8 { e } else { 0.0 }
}

#[no_mangle]
pub extern "C" fn run_checks() -> i32 {
    let (x0, dt) = (1.3f64, 0.1f64);
    let d = unsafe { __enzyme_autodiff(energy as *const u8, x0, enzyme_const, dt) };
    // The same recurrence with its tangent (d/dx0) carried by hand.
    let (mut p, mut dp, mut v, mut dv) = (x0, 1.0, 0.5 * x0 * x0, x0);
    let m = 2.0f64;
    for _ in 0..5 {
        v -= p * dt / m;
        dv -= dp * dt / m;
        p += v * dt;
        dp += dv * dt;
    }
    let want = 2.0 * p * dp + 2.0 * v * dv * m;
    println!("rs_box d energy / d x0 = {d:.12} (analytic {want:.12})");
    ((d - want).abs() > 1e-9 * want.abs()) as i32
}
