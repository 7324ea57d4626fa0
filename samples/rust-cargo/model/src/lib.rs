//! The functions to differentiate, written with std: a Vec collected and grown, a Box, a
//! closure capturing a Vec. `loss_gradient` asks Enzyme for the gradient; irpass makes the
//! crate's LLVM IR into code that computes it (see ../../Makefile).

extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    static enzyme_dup: i32;
    static enzyme_const: i32;
}

/// A model's state on the heap: floats and integers.
pub struct Layer {
    pub bias: f64,
    pub width: usize,
    pub scale: f32,
    pub calls: u32,
}

fn forward(layer: &mut Layer, weights: &[f64], x: f64) -> f64 {
    // a closure capturing the weights by reference
    let unit = |k: usize| (weights[k] * x + layer.bias).tanh();
    let mut acts: Vec<f64> = Vec::new();
    for k in 0..layer.width {
        acts.push(unit(k)); // grows: allocated, then reallocated
    }
    layer.calls += 1; // the Box is passed by &mut
    acts.iter().sum::<f64>() * layer.scale as f64
}

/// loss(w) = sum over the samples of (forward(w, x) - y)^2, over a Vec of residuals.
extern "C" fn loss(w: *const f64, n: usize) -> f64 {
    let weights = unsafe { std::slice::from_raw_parts(w, n) };
    let mut layer = Box::new(Layer { bias: 0.1, width: n, scale: 0.5, calls: 0 });
    let samples = [(0.5, 0.2), (-1.0, -0.3), (2.0, 0.7)];
    let residuals: Vec<f64> = samples.iter()
        .map(|&(x, y)| forward(&mut layer, weights, x) - y)
        .collect();
    residuals.iter().map(|r| r * r).sum()
}

/// The gradient of `loss` at `w` into `dw` (both `n` long); returns nothing useful.
#[no_mangle]
pub extern "C" fn loss_gradient(w: *const f64, dw: *mut f64, n: usize) {
    unsafe {
        __enzyme_autodiff(loss as *const u8, enzyme_dup, w, dw, enzyme_const, n);
    }
}

/// The loss itself, for the program's own check.
#[no_mangle]
pub extern "C" fn loss_value(w: *const f64, n: usize) -> f64 {
    loss(w, n)
}
