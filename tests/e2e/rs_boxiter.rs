// std Rust, inside the differentiated function: a Box of a struct whose array of records
// (floats and integers) is walked with iter_mut, and a boxed slice of records made from a Vec
// (into_boxed_slice) walked with iter_mut and read back with iter.
extern "C" {
    fn __enzyme_autodiff(f: *const u8, ...) -> f64;
    static enzyme_const: i32;
}

#[derive(Clone, Copy)]
pub struct Cell {
    pub hits: u32,
    pub x: f64,
    pub weight: f32,
    pub acc: f64,
    pub id: u64,
}

pub struct Grid {
    pub count: usize,
    pub cells: [Cell; 5],
    pub scale: f64,
}

// With c_i = (i + 1) x: the grid gives sum_i (c_i^2 + 1) w_i * s,  w_i = 0.5 + i,  s = x;
// the boxed slice gives sum_i (x + i)^3.
extern "C" fn energy(x: f64, k: usize) -> f64 {
    let empty = Cell { hits: 0, x: 0.0, weight: 0.0, acc: 1.0, id: 0 };
    let mut g = Box::new(Grid { count: k, cells: [empty; 5], scale: x });
    for (i, c) in g.cells.iter_mut().enumerate() {
        c.x = (i + 1) as f64 * x;
        c.acc += c.x * c.x;
        c.weight = 0.5 + i as f32;
        c.hits += 1;
        c.id = i as u64;
    }
    let mut e = 0.0;
    for c in g.cells.iter() {
        if c.hits == 1 {
            e += c.acc * c.weight as f64;
        }
    }
    e *= g.scale;
    let mut b: Box<[Cell]> = vec![empty; g.count].into_boxed_slice();
    for (i, c) in b.iter_mut().enumerate() {
        c.x = x + i as f64;
        c.acc = c.x * c.x;
    }
    for c in b.iter_mut().rev() {
        c.acc *= c.x;
        c.hits = 2;
    }
    e + b.iter().map(|c| if c.hits == 2 { c.acc } else { 0.0 }).sum::<f64>()
}

#[no_mangle]
pub extern "C" fn run_checks() -> i32 {
    let (x, k) = (0.7f64, 4usize);
    let d = unsafe { __enzyme_autodiff(energy as *const u8, x, enzyme_const, k) };
    // d/dx of x * sum_i ((i+1)^2 x^2 + 1) w_i + sum_i (x + i)^3
    let mut want = 0.0;
    for i in 0..5 {
        let w = 0.5 + i as f64;
        let a = ((i + 1) * (i + 1)) as f64;
        want += (3.0 * a * x * x + 1.0) * w;
    }
    for i in 0..k {
        want += 3.0 * (x + i as f64).powi(2);
    }
    println!("rs_boxiter d energy / d x = {d:.12} (analytic {want:.12})");
    ((d - want).abs() > 1e-9 * want.abs()) as i32
}
