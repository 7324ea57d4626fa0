// Links a differentiated std Rust program of tests/e2e (a static library of native code,
// which defines run_checks) with std.
extern "C" {
    fn run_checks() -> i32;
}

fn main() {
    std::process::exit(unsafe { run_checks() });
}
