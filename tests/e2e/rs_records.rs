// Slices of mixed records copied with a length known only at run time:
// ptr::copy_nonoverlapping of n records and ptr::copy (a memmove) shifting them within one
// buffer, inside the differentiated function. Enzyme alone cannot type these copies.
// A no_std library: rs_records.main.c drives it.
#![no_std]

use core::ptr;

extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    static enzyme_dup: i32;
    static enzyme_const: i32;
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

// libcore's objects refer to it; with panic=abort it is never called.
#[no_mangle]
pub extern "C" fn rust_eh_personality() {}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct Body {
    pub pos: [f64; 3],
    pub mass: f64,
    pub id: i32,
}

const EMPTY: Body = Body { pos: [0.0; 3], mass: 0.0, id: -1 };

#[inline(never)]
fn copy_bodies(dst: &mut [Body], src: &[Body]) {
    unsafe { ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr(), src.len()) }
}

#[inline(never)]
fn shift_right(b: &mut [Body], n: usize) {
    // b[1..=n] = b[0..n], overlapping
    unsafe { ptr::copy(b.as_ptr(), b.as_mut_ptr().add(1), n) }
}

extern "C" fn energy(bodies: *const Body, n: usize) -> f64 {
    let bodies = unsafe { core::slice::from_raw_parts(bodies, n) };
    let mut work = [EMPTY; 9];
    copy_bodies(&mut work[..n], bodies);
    shift_right(&mut work, n);
    let mut e = 0.0;
    for k in 1..=n {
        let b = &work[k];
        let r2 = b.pos[0] * b.pos[0] + b.pos[1] * b.pos[1] + b.pos[2] * b.pos[2];
        if b.id == (k - 1) as i32 {
            e += b.mass * r2;
        }
    }
    e
}

#[no_mangle]
pub extern "C" fn energy_gradient(b: *const Body, db: *mut Body, n: usize) -> f64 {
    unsafe { __enzyme_autodiff(energy as *const u8, enzyme_dup, b, db, enzyme_const, n) }
}
