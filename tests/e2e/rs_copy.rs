// Mixed-type Rust structs copied with ptr::copy_nonoverlapping (an array of them, and from an
// offset inside a larger struct), ptr::copy, slice copy_from_slice and plain assignment,
// before the derivative reads them. A no_std library: rs_copy.main.c drives it.
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
    pub id: u64,
    pub pos: [f64; 2],
    pub mass: f32,
    pub flags: u32,
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct World {
    pub count: i32,
    pub bodies: [Body; 3],
    pub g: f64,
}

#[inline(never)]
fn copy_bodies(dst: &mut [Body; 2], src: &World) {
    // Bodies 1 and 2: 40 bytes into the world.
    unsafe { ptr::copy_nonoverlapping(&src.bodies[1] as *const Body, dst.as_mut_ptr(), 2) }
}

#[inline(never)]
fn move_world(dst: &mut World, src: &World) {
    unsafe { ptr::copy(src as *const World, dst as *mut World, 1) }
}

extern "C" fn potential(w: *const World, xs: *const f64, n: usize) -> f64 {
    let w = unsafe { &*w };
    let mut local = World { count: 0, bodies: [Body { id: 0, pos: [0.0; 2], mass: 0.0, flags: 0 }; 3], g: 0.0 };
    move_world(&mut local, w);
    let mut two = [Body { id: 0, pos: [0.0; 2], mass: 0.0, flags: 0 }; 2];
    copy_bodies(&mut two, &local);
    let first = local.bodies[0]; // a struct assignment
    let mut buf = [0.0f64; 4];
    let src = unsafe { core::slice::from_raw_parts(xs, n) };
    buf[..n].copy_from_slice(src); // a copy of n doubles
    let mut e = first.pos[0] * first.pos[1] * local.g;
    for b in two.iter() {
        e += b.pos[0] * (b.mass as f64) * local.g;
    }
    for v in buf[..n].iter() {
        e += v * v;
    }
    e
}

#[no_mangle]
pub extern "C" fn world_gradient(w: *const World, dw: *mut World, xs: *const f64,
                                 dxs: *mut f64, n: usize) -> f64 {
    unsafe {
        __enzyme_autodiff(potential as *const u8, enzyme_dup, w, dw, enzyme_dup, xs, dxs,
                          enzyme_const, n)
    }
}
