// Capturing closures through an `extern "C" fn tramp<F: Fn(f64) -> f64>(env: *const F, x)`
// trampoline, with no marker on the environment: one capturing a struct with f64 fields by
// value, one capturing a slice and an array by reference. A no_std library: rs_closure.main.c
// drives it.
#![no_std]

extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    fn sin(x: f64) -> f64;
    fn cos(x: f64) -> f64;
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

// libcore's objects refer to it; with panic=abort it is never called.
#[no_mangle]
pub extern "C" fn rust_eh_personality() {}

#[derive(Clone, Copy)]
pub struct Coeffs {
    pub a: f64,
    pub b: f64,
    pub n: i32,
    pub gain: f32,
}

extern "C" fn tramp<F: Fn(f64) -> f64>(env: *const F, x: f64) -> f64 {
    unsafe { (*env)(x) }
}

fn derivative<F: Fn(f64) -> f64>(f: &F, x: f64) -> f64 {
    unsafe { __enzyme_autodiff(tramp::<F> as *const u8, f as *const F, x) }
}

#[no_mangle]
pub extern "C" fn struct_closure(a: f64, b: f64, x: f64) -> f64 {
    let c = Coeffs { a, b, n: 2, gain: 1.5 };
    let f = move |x: f64| {
        let k = c; // a copy of the captured struct
        let mut s = k.a * x * x + k.b * unsafe { sin(x) } * (k.gain as f64);
        for i in 0..k.n {
            s += (i as f64) * x;
        }
        s
    };
    derivative(&f, x)
}

#[no_mangle]
pub extern "C" fn slice_closure(w: *const f64, n: usize, x: f64) -> f64 {
    let weights = unsafe { core::slice::from_raw_parts(w, n) };
    let offsets = [0.5f64, 1.0, 2.0];
    let f = |x: f64| {
        let mut local = [0.0f64; 3];
        local.copy_from_slice(&offsets);
        let mut s = 0.0;
        for (i, wi) in weights.iter().enumerate() {
            s += wi * unsafe { cos(x * local[i % 3]) };
        }
        s
    };
    derivative(&f, x)
}
