//! Panics never cross the C ABI: every exported function runs its body inside the boundary
//! (`call`, which turns a panic into CASEMASK_STATUS_PANIC, or `call_or`, which returns a
//! fallback), and `call` is given the function's own name, which prefixes its error messages.
//!
//! A source-level check, so that a new export cannot forget the boundary. The behaviour itself
//! (a caught panic, a generic message, the library still usable) is tested in C
//! (tests/c/test_api.c, test_panic) and by the ffi_entry_points fuzz target.

use std::fs;
use std::path::Path;

/// Exports whose bodies cannot panic: constant data, no indexing, no allocation.
const TRIVIAL: &[&str] = &["casemask_version", "casemask_status_name"];

struct Export {
    name: String,
    file: String,
    body: String,
}

/// Every `extern "C" fn` in ffi/src with its body (from its first `{` to the matching `}`).
fn exports() -> Vec<Export> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    let mut files: Vec<_> = fs::read_dir(&src).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for path in files {
        let text = fs::read_to_string(&path).unwrap();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("extern \"C\" fn ") {
            let after = &rest[at + "extern \"C\" fn ".len()..];
            let name: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            let open = after.find('{').expect("a body");
            let mut depth = 0;
            let mut end = open;
            for (i, c) in after[open..].char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = open + i;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            found.push(Export {
                name,
                file: path.file_name().unwrap().to_string_lossy().into_owned(),
                body: after[open + 1..end].to_string(),
            });
            rest = &after[end..];
        }
    }
    found
}

#[test]
fn every_export_runs_inside_the_panic_boundary() {
    let exports = exports();
    assert!(exports.len() >= 20, "found only {} exports", exports.len());
    for e in &exports {
        let code: String =
            e.body.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        if TRIVIAL.contains(&e.name.as_str()) {
            for risky in ["unwrap", "expect", "panic!", "[", "Box::", "format!"] {
                assert!(
                    !code.contains(risky),
                    "{} ({}) is not trivially panic-free: {risky}",
                    e.name,
                    e.file
                );
            }
            continue;
        }
        let wrapped = code.contains("call(\"") || code.contains("call_or(");
        assert!(wrapped, "{} ({}) does not run inside call()/call_or()", e.name, e.file);
        // Nothing that could panic before the boundary is entered.
        let before = &code[..code.find("call").unwrap()];
        for risky in ["unwrap", "expect", "[", "from_raw", "as_ref", "*"] {
            assert!(!before.contains(risky), "{} ({}) does `{risky}` outside the boundary", e.name, e.file);
        }
        if let Some(at) = code.find("call(\"") {
            let named: String = code[at + 6..].chars().take_while(|c| *c != '"').collect();
            assert_eq!(named, e.name, "{} ({}) reports its errors as {named}", e.name, e.file);
        }
    }
}

#[test]
fn every_export_is_in_the_header_or_test_only() {
    let header =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../include/casemask.h")).unwrap();
    for e in exports() {
        let declared = [" ", "*"].iter().any(|before| header.contains(&format!("{before}{}(", e.name)));
        assert!(declared || e.name == "casemask_test_panic", "{} is exported but not in the header", e.name);
    }
}
