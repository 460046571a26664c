//! Checks that the committed `include/casemask.h` is what cbindgen generates from this crate and
//! `ffi/cbindgen.toml`, and that the header's version macros match `Cargo.toml`.
//!
//! Regenerate both after changing the exports or the version:
//! `CASEMASK_BLESS=1 cargo test -p casemask-ffi --test header`.

use std::fs;
use std::path::Path;

const BLESS: &str = "CASEMASK_BLESS=1 cargo test -p casemask-ffi --test header";

fn blessing() -> bool {
    std::env::var_os("CASEMASK_BLESS").is_some_and(|v| v == "1")
}

/// The version macros, which cbindgen cannot compute, live in `after_includes` in cbindgen.toml.
fn version_lines() -> [String; 4] {
    [
        format!("#define CASEMASK_VERSION_MAJOR {}", env!("CARGO_PKG_VERSION_MAJOR")),
        format!("#define CASEMASK_VERSION_MINOR {}", env!("CARGO_PKG_VERSION_MINOR")),
        format!("#define CASEMASK_VERSION_PATCH {}", env!("CARGO_PKG_VERSION_PATCH")),
        format!("#define CASEMASK_VERSION_STRING \"{}\"", env!("CARGO_PKG_VERSION")),
    ]
}

fn check_version_macros(config_path: &Path) {
    let config = fs::read_to_string(config_path).unwrap();
    let is_version = |line: &str| line.starts_with("#define CASEMASK_VERSION_");
    let found: Vec<&str> = config.lines().filter(|l| is_version(l)).collect();
    let want = version_lines();
    if found == want {
        return;
    }
    assert!(
        blessing() && found.len() == want.len(),
        "the version macros in {} do not match Cargo.toml's version {}; run\n  {BLESS}",
        config_path.display(),
        env!("CARGO_PKG_VERSION"),
    );
    let mut next = want.iter();
    let updated: Vec<&str> =
        config.lines().map(|l| if is_version(l) { next.next().unwrap().as_str() } else { l }).collect();
    fs::write(config_path, updated.join("\n") + "\n").unwrap();
}

#[test]
fn header_is_up_to_date() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config_path = crate_dir.join("cbindgen.toml");
    let header_path = crate_dir.join("../include/casemask.h");
    check_version_macros(&config_path);

    // The same as `cbindgen --config ffi/cbindgen.toml --crate casemask-ffi -o include/casemask.h ffi`.
    let config = cbindgen::Config::from_file(&config_path).unwrap();
    let bindings = cbindgen::Builder::new()
        .with_config(config)
        .with_crate_and_name(crate_dir, "casemask-ffi")
        .generate()
        .expect("cbindgen failed");
    let mut generated = Vec::new();
    bindings.write(&mut generated);
    let generated = String::from_utf8(generated).unwrap();

    let committed = fs::read_to_string(&header_path).unwrap_or_default();
    if generated == committed {
        return;
    }
    if blessing() {
        fs::write(&header_path, generated).unwrap();
        return;
    }
    let first_difference = generated
        .lines()
        .zip(committed.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| generated.lines().count().min(committed.lines().count()));
    panic!(
        "include/casemask.h is out of date (first difference at line {}); regenerate it with\n  {BLESS}",
        first_difference + 1
    );
}
