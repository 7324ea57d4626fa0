// Drives the Rust port of Enzyme's ReverseMode fft benchmark (fft/src: safe.rs with slices,
// unsf.rs with raw pointers; foobar is an FFT followed by an inverse FFT, in place), built as a
// static library with its #[autodiff] attributes turned into __enzyme_autodiff calls: the
// crate's entry points rust_dfoobar and rust_unsafe_dfoobar (data DuplicatedOnly, seeded with a
// vector), every entry against central differences of seed . foobar through rust_foobar /
// rust_unsafe_foobar. The inputs are those of ../fft.cpp.
#[path = "check.rs"]
mod check;

type Primal = unsafe extern "C" fn(usize, *mut f64);
type Gradient = unsafe extern "C" fn(usize, *mut f64, *mut f64);
extern "C" {
    fn rust_dfoobar(n: usize, data: *mut f64, ddata: *mut f64);
    fn rust_foobar(n: usize, data: *mut f64);
    fn rust_unsafe_dfoobar(n: usize, data: *mut f64, ddata: *mut f64);
    fn rust_unsafe_foobar(n: usize, data: *mut f64);
}

fn main() {
    let len = 16usize;
    let mut data = check::fill(2 * len, 1.0, 0.2, 1);
    let seed = check::fill(2 * len, 1.0, 0.0, 2);
    let variants: [(&str, Primal, Gradient); 2] = [
        ("safe", rust_foobar, rust_dfoobar),
        ("unsafe", rust_unsafe_foobar, rust_unsafe_dfoobar),
    ];
    let mut c = check::Checker::new();
    for (name, f, df) in variants {
        let (mut x, mut dx) = (data.clone(), seed.clone());
        unsafe { df(len, x.as_mut_ptr(), dx.as_mut_ptr()) };
        let seeded = |d: &[f64]| -> f64 {
            let mut y = d.to_vec();
            unsafe { f(len, y.as_mut_ptr()) };
            check::dot(&seed, &y)
        };
        c.array(&format!("{name}.data"), &dx, |i| check::central(&mut data, i, seeded));
    }
    std::process::exit(c.verdict());
}
