// Whole documents in ASCII capitals (offsets unchanged): leak recall per label and precision.
use std::collections::BTreeMap;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let corpus = std::fs::read_to_string(&path).unwrap();
    let r = casemask::Redactor::default();
    let mut stats: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut pred, mut pred_ok, mut addr_pred, mut addr_ok) = (0, 0, 0, 0);
    for line in corpus.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = doc["text"].as_str().unwrap().to_ascii_uppercase();
        let gold: Vec<(usize, usize, String)> = doc["spans"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["start"].as_u64().unwrap() as usize,
                    s["end"].as_u64().unwrap() as usize,
                    s["label"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let spans = r.find(&text);
        for g in &gold {
            let e = stats.entry(g.2.clone()).or_default();
            e.0 += 1;
            let ok = (g.0..g.1).all(|i| {
                let b = text.as_bytes()[i];
                b.is_ascii_whitespace() || b == b',' || spans.iter().any(|s| s.start <= i && i < s.end)
            });
            e.1 += ok as usize;
        }
        for s in &spans {
            let ok = gold.iter().any(|g| g.0 < s.end && s.start < g.1);
            pred += 1;
            pred_ok += ok as usize;
            if s.label == casemask::Label::Address {
                addr_pred += 1;
                addr_ok += ok as usize;
                if !ok && addr_pred % 7 == 0 {
                    println!("FP {:?} {:?}", &text[s.start..s.end], s.detector);
                }
            }
        }
    }
    for (k, (n, ok)) in &stats {
        println!("{k:12} {n:6} leak recall {:.4}", *ok as f64 / *n as f64);
    }
    println!(
        "precision {:.4} ({pred} predicted); ADDRESS precision {:.4} ({addr_pred} predicted)",
        pred_ok as f64 / pred as f64,
        addr_ok as f64 / addr_pred as f64
    );
}
