fn main() {
    let text = std::io::read_to_string(std::io::stdin()).unwrap();
    for s in casemask::Redactor::default().find(&text) {
        println!("{:12} {:.2} {:24} {:?}", s.label.name(), s.score, s.detector, &text[s.start..s.end]);
    }
}
