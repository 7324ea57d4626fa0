//! closures.rs - Rust constructs for the irpass test corpus.
use std::fmt;
use std::rc::Rc;
use std::cell::RefCell;

#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct P {
    pub n: i64,
    pub x: f64,
    pub y: f32,
    pub tag: i32,
}

#[derive(Debug, Clone)]
pub enum Shape {
    Circle { r: f64 },
    Rect(f64, f64),
    Poly(Vec<(f64, f64)>),
    Empty,
}

pub trait Area {
    fn area(&self) -> f64;
    fn name(&self) -> &str {
        "shape"
    }
}

impl Area for Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle { r } => std::f64::consts::PI * r * r,
            Shape::Rect(w, h) => w * h,
            Shape::Poly(pts) => {
                let n = pts.len();
                let mut s = 0.0;
                for i in 0..n {
                    let (x0, y0) = pts[i];
                    let (x1, y1) = pts[(i + 1) % n];
                    s += x0 * y1 - x1 * y0;
                }
                s.abs() / 2.0
            }
            Shape::Empty => 0.0,
        }
    }
    fn name(&self) -> &str {
        match self {
            Shape::Circle { .. } => "circle",
            Shape::Rect(..) => "rect",
            Shape::Poly(_) => "poly",
            Shape::Empty => "empty",
        }
    }
}

pub struct Scaled<T: Area> {
    inner: T,
    factor: f64,
}

impl<T: Area> Area for Scaled<T> {
    fn area(&self) -> f64 {
        self.inner.area() * self.factor * self.factor
    }
}

impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "P{{n={}, x={:.3}, y={}, tag={}}}", self.n, self.x, self.y, self.tag)
    }
}

/// User trampoline: call a closure through an opaque environment pointer.
pub extern "C" fn tramp<F: Fn(f64) -> f64>(env: *const F, x: f64) -> f64 {
    unsafe { (*env)(x) }
}

pub fn apply_generic<F: Fn(f64) -> f64>(f: F, xs: &[f64]) -> Vec<f64> {
    xs.iter().map(|&x| f(x)).collect()
}

pub fn apply_dyn(f: &dyn Fn(f64) -> f64, x: f64) -> f64 {
    f(x)
}

pub fn make_adder(k: f64) -> Box<dyn Fn(f64) -> f64> {
    Box::new(move |x| x + k)
}

pub fn first_positive(xs: &[f64]) -> Option<f64> {
    xs.iter().copied().find(|x| *x > 0.0)
}

pub fn total_area(shapes: &[Box<dyn Area>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

pub fn describe(shapes: &[Shape]) -> String {
    let mut out = String::new();
    for (i, s) in shapes.iter().enumerate() {
        out.push_str(&format!("{}:{}={:.2};", i, s.name(), s.area()));
    }
    out
}

#[no_mangle]
pub extern "C" fn sum_p(ps: *const P, n: usize) -> f64 {
    let s = unsafe { std::slice::from_raw_parts(ps, n) };
    s.iter().map(|p| p.x * p.y as f64 + p.n as f64 + p.tag as f64).sum()
}

#[no_mangle]
pub extern "C" fn closure_demo(x: f64) -> f64 {
    let sq = |y: f64| y * y; // non-capturing
    let k = 3.0;
    let scale = move |y: f64| k * y; // capturing by move
    let v: Vec<f64> = vec![1.0, 2.0, 3.0, x];
    let captured = |y: f64| v.iter().map(|a| a * y).sum::<f64>(); // captures by ref
    let fp: fn(f64) -> f64 = sq; // closure -> fn pointer
    let t1 = tramp(&scale as *const _, x);
    let t2 = tramp(&captured as *const _, x);
    let adder = make_adder(x);
    fp(x) + scale(x) + captured(x) + t1 + t2 + adder(1.0) + apply_dyn(&captured, 2.0)
        + apply_generic(sq, &v).iter().sum::<f64>()
}

#[no_mangle]
pub extern "C" fn rc_demo(n: i32) -> i64 {
    let shared = Rc::new(RefCell::new(Vec::<i64>::new()));
    let s2 = Rc::clone(&shared);
    for i in 0..n {
        s2.borrow_mut().push(i as i64 * 3);
    }
    let total: i64 = shared.borrow().iter().filter(|&&x| x % 2 == 0).sum();
    total + Rc::strong_count(&shared) as i64
}

#[no_mangle]
pub extern "C" fn shapes_demo(r: f64) -> f64 {
    let shapes = vec![
        Shape::Circle { r },
        Shape::Rect(r, 2.0),
        Shape::Poly(vec![(0.0, 0.0), (r, 0.0), (r, r), (0.0, r)]),
        Shape::Empty,
    ];
    let boxed: Vec<Box<dyn Area>> = vec![
        Box::new(shapes[0].clone()),
        Box::new(Scaled { inner: shapes[1].clone(), factor: 2.0 }),
    ];
    let d = describe(&shapes);
    total_area(&boxed) + d.len() as f64
}

#[no_mangle]
pub extern "C" fn option_demo(a: *const f64, n: usize) -> f64 {
    let xs = if a.is_null() { &[][..] } else { unsafe { std::slice::from_raw_parts(a, n) } };
    match first_positive(xs) {
        Some(v) => v,
        None => -1.0,
    }
}

#[no_mangle]
pub extern "C" fn p_to_string_len(p: &P) -> usize {
    let s = p.to_string();
    let dbg = format!("{:?}", p);
    s.len() + dbg.len()
}

#[no_mangle]
pub extern "C" fn i128_demo(a: i64, b: u64) -> u64 {
    let x = (a as i128) * (b as i128);
    let y = (x >> 3) as u128;
    (y.wrapping_mul(0x1234_5678_9abc_def0) >> 64) as u64 ^ (x as u64).rotate_left(7)
}
