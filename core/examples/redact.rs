//! Redacts a text file (or stdin) and prints what was found.
//!
//! cargo run --release -p casemask --example redact -- examples/case_note.txt ['{"operators": ...}']

use std::io::Read;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut text = String::new();
    match args.first().map(String::as_str) {
        None | Some("-") => std::io::stdin().read_to_string(&mut text).map(|_| ()),
        Some(path) => std::fs::read_to_string(path).map(|t| text = t),
    }
    .unwrap_or_else(|e| {
        eprintln!("casemask: cannot read input: {e}");
        std::process::exit(1);
    });
    let config = args.get(1).map_or("", String::as_str);
    let redactor = casemask::Redactor::from_json(config).unwrap_or_else(|e| {
        eprintln!("casemask: {e}");
        std::process::exit(2);
    });
    let result = redactor.redact_detailed(&text);
    print!("{}", result.text);
    let mut counts = std::collections::BTreeMap::new();
    for item in &result.items {
        *counts.entry(item.label.name()).or_insert(0) += 1;
    }
    eprintln!("\nmasked: {counts:?}");
}
