// Uppercase (ASCII) the gold spans of one label; how many gold spans of that label stay fully masked?
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let label = std::env::args().nth(2).unwrap();
    let corpus = std::fs::read_to_string(&path).unwrap();
    let r = casemask::Redactor::default();
    let (mut total, mut before, mut after, mut shown) = (0, 0, 0, 0);
    for line in corpus.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = doc["text"].as_str().unwrap();
        let gold: Vec<(usize, usize)> = doc["spans"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["label"] == label.as_str())
            .map(|s| (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize))
            .collect();
        let mut up = text.as_bytes().to_vec();
        for &(a, b) in &gold {
            up[a..b].make_ascii_uppercase();
        }
        let up = String::from_utf8(up).unwrap();
        let masked = |t: &str, a: usize, b: usize| {
            let spans = r.find(t);
            (a..b).all(|i| {
                t.as_bytes()[i].is_ascii_whitespace()
                    || t.as_bytes()[i] == b','
                    || spans.iter().any(|s| s.start <= i && i < s.end)
            })
        };
        for &(a, b) in &gold {
            total += 1;
            let x = masked(text, a, b);
            let y = masked(&up, a, b);
            before += x as usize;
            after += y as usize;
            if x && !y && shown < 40 {
                shown += 1;
                println!("lost {:?}", &up[a..b]);
            }
        }
    }
    println!("{label}: {total} gold; fully masked as written {before}, with the span upper-cased {after}");
}
