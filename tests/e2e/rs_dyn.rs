// std Rust, inside the differentiated function: trait objects. Boxed closures
// (Box<dyn Fn(f64) -> f64>, one capturing the active input) in a Vec, called through their
// vtables; and &dyn Trait of structs with float state computed from the input, called
// through a helper that only knows the trait.
extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    static enzyme_const: i32;
}

pub trait Model {
    fn eval(&self, t: f64) -> f64;
    fn weight(&self) -> f64;
}

pub struct Quadratic {
    pub a: f64,
    pub n: u32,
    pub b: f64,
}

pub struct Wave {
    pub freq: f64,
    pub amp: f32,
    pub id: u64,
}

impl Model for Quadratic {
    fn eval(&self, t: f64) -> f64 {
        self.a * t * t + self.b * self.n as f64
    }
    fn weight(&self) -> f64 {
        self.a
    }
}

impl Model for Wave {
    fn eval(&self, t: f64) -> f64 {
        self.amp as f64 * (self.freq * t).sin()
    }
    fn weight(&self) -> f64 {
        self.id as f64
    }
}

#[inline(never)]
fn total(models: &[&dyn Model], t: f64) -> f64 {
    models.iter().map(|m| m.eval(t) * m.weight()).sum()
}

// f(x) = [x * x^2 + 3 * (x + 1)] * x + 2 * sin(x * 1.5) * 2
//        + sum of the boxed closures: x * x, sin(x), 3 x^2 (a capture of x)
extern "C" fn objective(x: f64, k: usize) -> f64 {
    let q = Quadratic { a: x, n: 3, b: x + 1.0 };
    let w = Wave { freq: 1.5, amp: 2.0, id: k as u64 };
    let models: [&dyn Model; 2] = [&q, &w];
    let mut s = total(&models, x);
    let fs: Vec<Box<dyn Fn(f64) -> f64>> = vec![
        Box::new(|t| t * t),
        Box::new(f64::sin),
        Box::new(move |t| 3.0 * x * t),
    ];
    for f in fs.iter() {
        s += f(x);
    }
    s
}

#[no_mangle]
pub extern "C" fn run_checks() -> i32 {
    let (x, k) = (0.6f64, 2usize);
    let d = unsafe { __enzyme_autodiff(objective as *const u8, x, enzyme_const, k) };
    // d/dx [x^4 + 3 x (x + 1)] + 4 * 1.5 cos(1.5 x) + 2 x + cos x + 6 x
    let want = 4.0 * x * x * x + 6.0 * x + 3.0 + 6.0 * (1.5 * x).cos() + 2.0 * x + x.cos()
        + 6.0 * x;
    println!("rs_dyn d f / d x = {d:.12} (analytic {want:.12})");
    ((d - want).abs() > 1e-9 * want.abs()) as i32
}
