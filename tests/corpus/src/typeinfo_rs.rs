//! typeinfo_rs.rs - Rust types whose debug info irpass turns into Enzyme type trees
//! (tests/test_ditypes.py).
#![allow(dead_code)]
use std::rc::Rc;

#[repr(C)]
pub struct P {
    pub n: i64,
    pub x: f64,
    pub y: f32,
    pub tag: i32,
}

pub enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
}

pub trait Area {
    fn area(&self) -> f64;
}
impl Area for P {
    fn area(&self) -> f64 {
        self.x * self.y as f64
    }
}

#[no_mangle]
pub fn use_p(p: &P) -> f64 {
    p.x * p.y as f64 + p.n as f64
}
#[no_mangle]
pub fn use_tuple(t: (f64, i32)) -> f64 {
    t.0 * t.1 as f64
}
#[no_mangle]
pub fn use_slice(xs: &[f64]) -> f64 {
    xs.iter().sum()
}
#[no_mangle]
pub fn use_str(s: &str) -> usize {
    s.len()
}
#[no_mangle]
pub fn use_vec(v: &Vec<f64>) -> f64 {
    v.iter().sum()
}
#[no_mangle]
pub fn use_box(b: Box<f64>) -> f64 {
    *b * 2.0
}
#[no_mangle]
pub fn use_option(o: Option<f64>) -> f64 {
    o.unwrap_or(1.0)
}
#[no_mangle]
pub fn use_shape(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => r * r,
        Shape::Rect { w, h } => w * h,
    }
}
#[no_mangle]
pub fn use_dyn(a: &dyn Area) -> f64 {
    a.area()
}
#[no_mangle]
pub fn use_rc(r: Rc<f64>) -> f64 {
    *r + 1.0
}
#[no_mangle]
pub fn use_array(a: &[[f64; 3]; 2]) -> f64 {
    a[1][2]
}
#[no_mangle]
pub fn use_closure(k: f64, x: f64) -> f64 {
    let c = |y: f64| k * y;
    c(x)
}
