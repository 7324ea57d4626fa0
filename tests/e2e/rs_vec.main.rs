// Links the differentiated rs_vec.rs (a static library of native code) with std.
extern "C" {
    fn run_checks() -> i32;
}

// No definition of the marker enzyme_dup: the enzyme pass removes what refers to it.

fn main() {
    std::process::exit(unsafe { run_checks() });
}
