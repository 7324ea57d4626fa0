// A capturing Rust closure through a user trampoline, and a struct copied with
// ptr::copy_nonoverlapping. Built as a no_std library: main.c drives it.
#![no_std]

use core::ptr;

extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    fn sin(x: f64) -> f64;
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct State {
    pub steps: i64,
    pub x: f64,
    pub w: f32,
    pub tag: i32,
}

extern "C" fn tramp<F: Fn(f64) -> f64>(env: *const F, x: f64) -> f64 {
    unsafe { (*env)(x) }
}

#[inline(never)]
fn copy_state(dst: &mut State, src: &State) {
    unsafe { ptr::copy_nonoverlapping(src as *const State, dst as *mut State, 1) }
}

fn derivative<F: Fn(f64) -> f64>(f: &F, x: f64) -> f64 {
    // No marker before the environment: irpass adds enzyme_const there.
    unsafe { __enzyme_autodiff(tramp::<F> as *const u8, f as *const F, x) }
}

#[no_mangle]
pub extern "C" fn closure_derivative(k: f64, x: f64) -> f64 {
    let f = move |x: f64| k * x * x + unsafe { sin(x) };
    derivative(&f, x)
}

extern "C" fn energy(s: *const State) -> f64 {
    let mut local = State { steps: 0, x: 0.0, w: 0.0, tag: 0 };
    copy_state(&mut local, unsafe { &*s });
    local.x * local.x * (local.w as f64)
}

#[no_mangle]
pub extern "C" fn copy_derivative(x: f64, w: f32) -> f64 {
    let s = State { steps: 1, x, w, tag: 7 };
    let mut ds = State { steps: 0, x: 0.0, w: 0.0, tag: 0 };
    unsafe {
        __enzyme_autodiff(energy as *const u8, &s as *const State, &mut ds as *mut State);
    }
    ds.x
}
