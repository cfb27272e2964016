struct Request {
    url: String,
    headers: Vec<String>,
}

impl Request {
    // Creates a Request and moves it out to the caller.
    fn new(url: &str) -> Request {
        Request {
            url: url.to_string(),
            headers: Vec::new(),
        }
    }

    // Takes the Request by value, adds a header, and moves it back out.
    fn header(mut self, line: &str) -> Request {
        self.headers.push(line.to_string());
        self
    }
}

fn main() {
    let request = Request::new("https://example.com/");
    let url_bytes = request.url.as_ptr(); // where the url's heap block is

    let request = request
        .header("Accept: text/html")
        .header("User-Agent: memory-book");

    println!("{} with {} headers", request.url, request.headers.len());
    println!("same url block: {}", request.url.as_ptr() == url_bytes);
    println!("a Request is {} bytes", size_of::<Request>());
}
