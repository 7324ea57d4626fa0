// Checks for the Rust drivers of Enzyme's ReverseMode benchmarks (the same protocol as
// ../check.h): every gradient entry against a central difference of the primal, inputs passed
// as Const against what the primal alone leaves in them; one line per array, every entry in
// grad.tsv, a verdict line, exit status 0 (right) or 1 (wrong).
#![allow(dead_code)]
use std::fs::File;
use std::io::Write;

pub struct Checker {
    pub tol: f64,
    entries: usize,
    off: usize,
    max_error: f64,
    changed: Vec<String>,
    tsv: Option<File>,
}

impl Checker {
    pub fn new() -> Checker {
        Checker { tol: 1e-4, entries: 0, off: 0, max_error: 0.0, changed: vec![],
                  tsv: File::create("grad.tsv").ok() }
    }

    pub fn array(&mut self, name: &str, g: &[f64], mut fd: impl FnMut(usize) -> f64) {
        let (mut bad, mut worst) = (0usize, 0f64);
        for (i, &gi) in g.iter().enumerate() {
            let d = fd(i);
            let e = (gi - d).abs() / (1.0 + d.abs());
            if !(e <= self.tol) {
                bad += 1;
                if bad <= 3 {
                    println!("  {}[{}]: gradient {:.10e}, central difference {:.10e}", name, i, gi, d);
                }
            }
            if !(e <= worst) {
                worst = e;
            }
            if let Some(f) = self.tsv.as_mut() {
                let _ = writeln!(f, "{}\t{}\t{:e}\t{:e}\t{:.3e}", name, i, gi, d, e);
            }
        }
        println!("{}: {} entries, {} off, max error {:.3e}", name, g.len(), bad, worst);
        self.entries += g.len();
        self.off += bad;
        if !(worst <= self.max_error) {
            self.max_error = worst;
        }
    }

    pub fn same(&mut self, name: &str, got: &[f64], want: &[f64]) {
        match got.iter().zip(want).position(|(a, b)| a.to_bits() != b.to_bits()) {
            Some(i) => {
                println!("const input {} changed by the gradient call (first at index {})", name, i);
                self.changed.push(name.to_string());
            }
            None => println!("const input {}: unchanged ({} values)", name, got.len()),
        }
    }

    pub fn verdict(&mut self) -> i32 {
        self.tsv = None;
        if self.off == 0 && self.changed.is_empty() && self.entries > 0 {
            println!("verdict: right ({} entries, max error {:.3e})", self.entries, self.max_error);
            return 0;
        }
        let changed = if self.changed.is_empty() { String::new() }
                      else { format!("; const input changed: {}", self.changed.join(", ")) };
        println!("verdict: wrong ({} of {} entries off, max error {:.3e}{})", self.off,
                 self.entries, self.max_error, changed);
        1
    }
}

/// Central difference of `f` with respect to `x[i]` (step 1e-6 scaled by |x[i]|); x restored.
pub fn central(x: &mut [f64], i: usize, mut f: impl FnMut(&[f64]) -> f64) -> f64 {
    let x0 = x[i];
    let h = 1e-6 * x0.abs().max(1.0);
    x[i] = x0 + h;
    let hi = x[i];
    let fp = f(x);
    x[i] = x0 - h;
    let lo = x[i];
    let fm = f(x);
    x[i] = x0;
    (fp - fm) / (hi - lo)
}

/// The deterministic inputs of ../check.h's `fill`.
pub fn fill(n: usize, scale: f64, shift: f64, seed: i32) -> Vec<f64> {
    (0..n).map(|i| shift + scale * (0.7 * ((i + 1) as f64) * seed as f64 + 0.3 * seed as f64).sin())
        .collect()
}

pub fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}
