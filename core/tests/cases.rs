//! Runs the shared case table `tests/data/cases.txt` (also read by the C and Python suites).

use casemask::{Label, Redactor};

struct Case {
    name: String,
    config: String,
    text: String,
    spans: Vec<(usize, usize, Label)>,
    redacted: Option<String>,
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('\\') => out.push('\\'),
                Some(o) => panic!("unknown escape \\{o}"),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Strips `[[LABEL:text]]` markup, returning the plain text and the spans it marked.
fn unmark(marked: &str) -> (String, Vec<(usize, usize, Label)>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut rest = marked;
    while let Some(open) = rest.find("[[") {
        text.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let colon = after.find(':').expect("label");
        let close = after.find("]]").expect("closing ]]");
        let label: Label = after[..colon].parse().expect("label name");
        let start = text.len();
        text.push_str(&after[colon + 1..close]);
        spans.push((start, text.len(), label));
        rest = &after[close + 2..];
    }
    text.push_str(rest);
    (text, spans)
}

fn load() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/data/cases.txt");
    let data = std::fs::read_to_string(path).unwrap();
    let mut cases = Vec::new();
    for block in data.split("\n\n") {
        let mut case = Case {
            name: String::new(),
            config: "{}".into(),
            text: String::new(),
            spans: vec![],
            redacted: None,
        };
        let mut has_text = false;
        for line in block.lines().filter(|l| !l.starts_with('#')) {
            let (key, value) = line.split_once(": ").unwrap_or((line.trim_end_matches(':'), ""));
            match key {
                "name" => case.name = value.to_string(),
                "config" => case.config = value.to_string(),
                "text" => {
                    let (text, spans) = unmark(&unescape(value));
                    case.text = text;
                    case.spans = spans;
                    has_text = true;
                }
                "redacted" => case.redacted = Some(unescape(value)),
                other => panic!("unknown key {other:?} in case {:?}", case.name),
            }
        }
        if has_text {
            cases.push(case);
        }
    }
    cases
}

#[test]
fn shared_case_table() {
    let cases = load();
    assert!(cases.len() >= 50, "the table has {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let r = Redactor::from_json(&case.config).unwrap_or_else(|e| panic!("{}: {e}", case.name));
        let found: Vec<_> = r.find(&case.text).iter().map(|s| (s.start, s.end, s.label)).collect();
        if found != case.spans {
            let show = |spans: &[(usize, usize, Label)]| {
                spans
                    .iter()
                    .map(|&(s, e, l)| format!("{l}:{:?}", &case.text[s..e]))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            failures.push(format!("{}\n  want {}\n  got  {}", case.name, show(&case.spans), show(&found)));
        }
        if let Some(want) = &case.redacted {
            let got = r.redact(&case.text);
            if &got != want {
                failures.push(format!("{} (redacted)\n  want {want:?}\n  got  {got:?}", case.name));
            }
        }
    }
    assert!(failures.is_empty(), "{} failing cases:\n{}", failures.len(), failures.join("\n"));
}
