// Calls the gradient irpass and Enzyme made of model::loss and checks it against the
// analytic gradient (exit status 1 when they disagree).
extern "C" {
    fn loss_gradient(w: *const f64, dw: *mut f64, n: usize);
}

// loss(w) = sum_s r_s^2, r_s = 0.5 sum_k tanh(w_k x_s + 0.1) - y_s
fn analytic(w: &[f64]) -> Vec<f64> {
    let samples = [(0.5, 0.2), (-1.0, -0.3), (2.0, 0.7)];
    let mut g = vec![0.0; w.len()];
    for &(x, y) in &samples {
        let r = 0.5 * w.iter().map(|wk| (wk * x + 0.1f64).tanh()).sum::<f64>() - y;
        for (k, wk) in w.iter().enumerate() {
            let t = (wk * x + 0.1f64).tanh();
            g[k] += 2.0 * r * 0.5 * (1.0 - t * t) * x;
        }
    }
    g
}

fn main() {
    let w = vec![0.3, -0.8, 1.1, 0.05, -0.4, 0.9];
    let mut dw = vec![0.0; w.len()];
    unsafe { loss_gradient(w.as_ptr(), dw.as_mut_ptr(), w.len()) };
    let want = analytic(&w);
    let mut bad = false;
    for i in 0..w.len() {
        println!("rust-cargo d loss / d w[{i}] = {:+.12}  (analytic {:+.12})", dw[i], want[i]);
        bad |= (dw[i] - want[i]).abs() > 1e-9 * want[i].abs().max(1.0);
    }
    std::process::exit(bad as i32);
}
