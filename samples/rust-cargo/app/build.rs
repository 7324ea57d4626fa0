// Links the differentiated model: a static library made from irpass's output, in the
// directory named by MODEL_GRAD_DIR (the Makefile sets it), as libmodel_grad.a.
fn main() {
    println!("cargo:rerun-if-env-changed=MODEL_GRAD_DIR");
    let dir = std::env::var("MODEL_GRAD_DIR").expect("set MODEL_GRAD_DIR to the directory of libmodel_grad.a");
    println!("cargo:rerun-if-changed={dir}/libmodel_grad.a");
    println!("cargo:rustc-link-search=native={dir}");
    println!("cargo:rustc-link-lib=static=model_grad");
}
