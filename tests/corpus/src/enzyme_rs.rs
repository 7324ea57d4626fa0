//! enzyme_rs.rs - calling Enzyme's C ABI from Rust (IR only; the
//! __enzyme_* symbols are provided by the Enzyme LLVM plugin).
#![allow(non_upper_case_globals)]

extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    fn __enzyme_fwddiff(f: *const u8, ...) -> f64;
    static enzyme_const: i32;
    static enzyme_dup: i32;
    static enzyme_out: i32;
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct P {
    pub n: i64,
    pub x: f64,
    pub y: f32,
    pub tag: i32,
}

pub extern "C" fn tramp<F: Fn(f64) -> f64>(env: *const F, x: f64) -> f64 {
    unsafe { (*env)(x) }
}

#[no_mangle]
pub extern "C" fn square(x: f64) -> f64 {
    x * x + x.sin()
}

/// (c) copies a struct array before computing.
#[no_mangle]
pub extern "C" fn copy_then_sum(src: *const P, n: usize) -> f64 {
    let mut buf = [P::default(); 8];
    let n = n.min(8);
    unsafe { core::ptr::copy_nonoverlapping(src, buf.as_mut_ptr(), n) };
    let mut s = 0.0;
    for p in &buf[..n] {
        s += p.x * p.x + p.y as f64 * p.n as f64;
    }
    s
}

/// copies one struct by value through a raw byte copy
#[no_mangle]
pub extern "C" fn copy_one(src: &P) -> f64 {
    let mut dst = P::default();
    unsafe {
        core::ptr::copy_nonoverlapping(src as *const P as *const u8, &mut dst as *mut P as *mut u8, core::mem::size_of::<P>())
    };
    dst.x * dst.y as f64
}

#[no_mangle]
pub extern "C" fn d_square(x: f64) -> f64 {
    unsafe { __enzyme_autodiff(square as *const u8, enzyme_out, x) }
}

#[no_mangle]
pub extern "C" fn d_closure(k: f64, x: f64) -> f64 {
    let c = move |y: f64| k * y * y + (k * y).exp();
    let tp = tramp_ptr(&c);
    unsafe {
        // with an enzyme_const marker before the environment pointer
        let a = __enzyme_autodiff(tp, enzyme_const, &c as *const _, enzyme_out, x);
        // without a marker (Enzyme infers activity of the env pointer)
        let b = __enzyme_autodiff(tp, &c as *const _, x);
        a + b
    }
}

fn tramp_ptr<F: Fn(f64) -> f64>(_f: &F) -> *const u8 {
    tramp::<F> as extern "C" fn(*const F, f64) -> f64 as *const u8
}

#[no_mangle]
pub extern "C" fn d_copy(ps: *const P, dps: *mut P, n: usize) -> f64 {
    unsafe {
        __enzyme_autodiff(copy_then_sum as *const u8, enzyme_dup, ps, dps, enzyme_const, n)
            + __enzyme_autodiff(copy_one as *const u8, enzyme_dup, ps, dps)
    }
}

#[no_mangle]
pub extern "C" fn fwd_square(x: f64) -> f64 {
    unsafe { __enzyme_fwddiff(square as *const u8, enzyme_dup, x, 1.0f64) }
}
