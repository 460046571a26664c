fn main() {
    let path = std::env::args().nth(1).unwrap();
    let corpus = std::fs::read_to_string(&path).unwrap();
    let r = casemask::Redactor::default();
    let (mut docs, mut differing, mut shown) = (0, 0, 0);
    for line in corpus.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = doc["text"].as_str().unwrap();
        docs += 1;
        let crlf = text.replace(' ', "\u{a0}");
        // position in crlf -> position in text
        let back = |p: usize| p - crlf[..p].matches('\u{a0}').count();
        let base: Vec<_> = r.find(text).into_iter().map(|s| (s.start, s.end, s.label)).collect();
        let got: Vec<_> = r.find(&crlf).into_iter().map(|s| (back(s.start), back(s.end), s.label)).collect();
        if got != base {
            differing += 1;
            if shown < 15 {
                shown += 1;
                let a: Vec<_> =
                    base.iter().filter(|s| !got.contains(s)).map(|s| (&text[s.0..s.1], s.2)).collect();
                let b: Vec<_> =
                    got.iter().filter(|s| !base.contains(s)).map(|s| (&text[s.0..s.1], s.2)).collect();
                println!("LF only {a:?}; CRLF only {b:?}");
            }
        }
    }
    println!("{differing} of {docs} docs differ");
}
