//! A static file server for a built book, for `cargo xtask serve` and the
//! audit. Like any web host a reader would use (GitHub Pages, say), it
//! compresses text with gzip and lets the browser cache mdBook's
//! content-hashed files (`book-609e4cb8.js`) for a year.

use anyhow::{Context, Result, anyhow};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

type Response = tiny_http::Response<std::io::Cursor<Vec<u8>>>;

/// The response to a GET of `url` from the book in `dir` (`gzip` when the
/// client accepts it; with `cache`, the cache headers of hashed files), and
/// the file it sends, if it found one.
fn respond(dir: &Path, url: &str, gzip: bool, cache: bool) -> (Response, Option<PathBuf>) {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    if path.contains("..") {
        return (
            tiny_http::Response::from_string("forbidden").with_status_code(403),
            None,
        );
    }
    let mut file = dir.join(path.trim_start_matches('/'));
    if file.is_dir() {
        file = file.join("index.html");
    }
    match std::fs::read(&file) {
        Ok(bytes) => {
            let kind = content_type(&file);
            let header =
                |name: &str, value: &str| tiny_http::Header::from_bytes(name, value).unwrap();
            let compress = gzip && compressible(kind);
            let body = if compress { gzipped(&bytes) } else { bytes };
            let mut response =
                tiny_http::Response::from_data(body).with_header(header("Content-Type", kind));
            if compress {
                response.add_header(header("Content-Encoding", "gzip"));
            }
            if cache && is_hashed(&file) {
                response.add_header(header(
                    "Cache-Control",
                    "public, max-age=31536000, immutable",
                ));
            }
            (response, Some(file))
        }
        Err(_) => {
            let page = std::fs::read(dir.join("404.html")).unwrap_or_default();
            let header =
                tiny_http::Header::from_bytes("Content-Type", "text/html; charset=utf-8").unwrap();
            let response = tiny_http::Response::from_data(page)
                .with_status_code(404)
                .with_header(header);
            (response, None)
        }
    }
}

/// Answers every request to `server` from the book in `dir`, until the
/// server is unblocked; with `sent`, notes each file it sent by URL path.
pub fn answer_all(
    server: &tiny_http::Server,
    dir: &Path,
    sent: Option<&Mutex<BTreeMap<String, PathBuf>>>,
) {
    answer(server, dir, true, sent);
}

fn answer(
    server: &tiny_http::Server,
    dir: &Path,
    cache: bool,
    sent: Option<&Mutex<BTreeMap<String, PathBuf>>>,
) {
    for request in server.incoming_requests() {
        let (response, file) = respond(dir, request.url(), accepts_gzip(&request), cache);
        if let (Some(sent), Some(file)) = (sent, file) {
            let path = request.url().split(['?', '#']).next().unwrap_or("/");
            sent.lock().unwrap().insert(path.to_string(), file);
        }
        let _ = request.respond(response);
    }
}

/// The book in a folder, served on 127.0.0.1 at a free port from a
/// background thread, until dropped.
pub struct Local {
    base: String,
    server: Arc<tiny_http::Server>,
    thread: Option<std::thread::JoinHandle<()>>,
    sent: Arc<Mutex<BTreeMap<String, PathBuf>>>,
}

impl Local {
    /// Serves `dir` as `cargo xtask serve` does.
    pub fn start(dir: &Path) -> Result<Local> {
        Local::serve(dir, true)
    }

    /// The same without cache headers, for bench's byte count (a fresh
    /// Chromium profile: the bytes are the same either way). Headless
    /// Chromium 156 with `--virtual-time-budget` often never loaded the
    /// script the Mermaid loader adds to a page served with them (here 3
    /// runs of 4 stalled until killed; without them, 3 of 3 did not).
    pub fn start_without_cache_headers(dir: &Path) -> Result<Local> {
        Local::serve(dir, false)
    }

    fn serve(dir: &Path, cache: bool) -> Result<Local> {
        let server = tiny_http::Server::http("127.0.0.1:0").map_err(|e| anyhow!(e))?;
        let port = server
            .server_addr()
            .to_ip()
            .map(|a| a.port())
            .context("no port")?;
        let server = Arc::new(server);
        let sent: Arc<Mutex<BTreeMap<String, PathBuf>>> = Arc::default();
        let thread = {
            let (server, sent, dir) = (Arc::clone(&server), Arc::clone(&sent), dir.to_path_buf());
            std::thread::spawn(move || answer(&server, &dir, cache, Some(&sent)))
        };
        Ok(Local {
            base: format!("http://127.0.0.1:{port}/"),
            server,
            thread: Some(thread),
            sent,
        })
    }

    /// The base URL: `http://127.0.0.1:PORT/`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// Every file sent so far (not the 404 page), by URL path.
    pub fn sent(&self) -> BTreeMap<String, PathBuf> {
        self.sent.lock().unwrap().clone()
    }
}

impl Drop for Local {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The Content-Type of a book file, by its extension.
pub fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Whether the request's Accept-Encoding allows gzip.
pub fn accepts_gzip(request: &tiny_http::Request) -> bool {
    request
        .headers()
        .iter()
        .any(|h| h.field.equiv("Accept-Encoding") && h.value.as_str().contains("gzip"))
}

/// Whether a file of this Content-Type is sent gzipped: text only.
pub fn compressible(kind: &str) -> bool {
    kind.starts_with("text/") || kind.contains("json") || kind.contains("svg")
}

/// `bytes`, gzipped at the default level.
pub fn gzipped(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// mdBook names static files `name-<8 hex digits>.ext`: their content
/// never changes under that name.
fn is_hashed(file: &Path) -> bool {
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let stem = stem.strip_suffix(".min").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 8 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}
