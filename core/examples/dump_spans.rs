use std::io::BufRead;
fn main() {
    let r = casemask::Redactor::from_json(&std::env::args().nth(1).unwrap_or_default()).unwrap();
    for line in std::io::stdin().lock().lines() {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        let spans: Vec<_> = r
            .find(v["text"].as_str().unwrap())
            .iter()
            .map(|s| serde_json::json!([s.start, s.end, s.label.name(), s.detector, s.score]))
            .collect();
        println!("{}", serde_json::Value::Array(spans));
    }
}
