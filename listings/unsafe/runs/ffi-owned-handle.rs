use std::ffi::{CStr, CString, c_char};

pub struct Playlist {
    name: CString,
    tracks: u32,
}

// The functions a C program would call. The handle it gets is an
// owning pointer made by `Box::into_raw`: C keeps it, Rust freed nothing.
pub extern "C" fn playlist_new(tracks: u32) -> *mut Playlist {
    let name = CString::new("road trip").expect("no NUL inside");
    Box::into_raw(Box::new(Playlist { name, tracks }))
}

/// # Safety
///
/// `list` must come from `playlist_new` and not have been freed.
pub unsafe extern "C" fn playlist_name(list: *const Playlist) -> *const c_char {
    // SAFETY: the caller promises `list` is a live playlist.
    unsafe { (*list).name.as_ptr() }
}

/// # Safety
///
/// `list` must come from `playlist_new`; it is freed here, once.
pub unsafe extern "C" fn playlist_free(list: *mut Playlist) {
    // SAFETY: the caller hands ownership back; `from_raw` rebuilds
    // the `Box`, and dropping it frees the playlist and its name.
    let list = unsafe { Box::from_raw(list) };
    println!("freeing {:?} with {} tracks", list.name, list.tracks);
}

fn main() {
    // What the C side does with the handle, written in Rust.
    let list = playlist_new(12);
    // SAFETY: `list` is live; the name is NUL-terminated and lives as
    // long as the playlist, and is not used after the free below.
    let name = unsafe { CStr::from_ptr(playlist_name(list)) };
    println!("C sees {name:?}, {} bytes plus NUL", name.count_bytes());
    // SAFETY: `list` came from `playlist_new` and is freed once.
    unsafe { playlist_free(list) };
}
