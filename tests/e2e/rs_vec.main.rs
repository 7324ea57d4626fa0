// Links the differentiated rs_vec.rs (a static library of native code) with std.
extern "C" {
    fn run_checks() -> i32;
}

// Unoptimized code may keep a load of the marker Enzyme has read: give it a definition.
#[no_mangle]
pub static enzyme_dup: i32 = 0;

fn main() {
    std::process::exit(unsafe { run_checks() });
}
