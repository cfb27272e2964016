use std::alloc::{self, Layout};
use std::ptr::{self, NonNull};

/// A vector whose buffer is allocated once, for `capacity` elements.
/// Invariant: `ptr` points to a block allocated with
/// `Layout::array::<T>(cap)`, and its first `len` slots are initialized.
pub struct FixedVec<T> {
    ptr: NonNull<T>,
    cap: usize,
    len: usize,
}

impl<T> FixedVec<T> {
    pub fn with_capacity(cap: usize) -> Self {
        assert!(
            cap > 0 && size_of::<T>() > 0,
            "no empty blocks in this sketch"
        );
        let layout = Layout::array::<T>(cap).expect("capacity overflow");
        // SAFETY: `layout` has a non-zero size, checked above.
        let raw = unsafe { alloc::alloc(layout) }.cast::<T>();
        let Some(ptr) = NonNull::new(raw) else {
            alloc::handle_alloc_error(layout);
        };
        FixedVec { ptr, cap, len: 0 }
    }

    /// Appends `value`, or gives it back if the vector is full.
    pub fn push(&mut self, value: T) -> Result<(), T> {
        if self.len == self.cap {
            return Err(value);
        }
        // SAFETY: `len < cap`, so the slot is inside the block, and it is
        // not initialized, so writing does not overwrite a live value.
        unsafe { self.ptr.add(self.len).write(value) };
        self.len += 1;
        Ok(())
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: slot `len` was initialized, and lowering `len` first
        // means no one else will read or drop it again.
        Some(unsafe { self.ptr.add(self.len).read() })
    }

    /// Returns the element at `index` without checking it.
    ///
    /// # Safety
    ///
    /// `index` must be less than the number of elements pushed and not
    /// popped. Otherwise the slot holds no value, or is outside the block.
    pub unsafe fn get_unchecked(&self, index: usize) -> &T {
        // SAFETY: the caller promises `index < len`, and slots below
        // `len` are initialized. The reference borrows `self`, so no
        // `push` or `pop` can run while it is in use.
        unsafe { self.ptr.add(index).as_ref() }
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len {
            // SAFETY: checked just above.
            Some(unsafe { self.get_unchecked(index) })
        } else {
            None
        }
    }
}

// ANCHOR: clone
impl<T: Clone> Clone for FixedVec<T> {
    fn clone(&self) -> Self {
        let mut copy = FixedVec::with_capacity(self.cap);
        let (from, to) = (self.ptr.as_ptr(), copy.ptr.as_ptr());
        // SAFETY (wrong): both blocks have `cap` slots and do not overlap,
        // so the copy stays in bounds; but it copies each `T`'s bytes, and
        // a `String`'s bytes include the pointer to its buffer.
        unsafe { ptr::copy_nonoverlapping(from, to, self.len) };
        copy.len = self.len;
        copy
    }
}
// ANCHOR_END: clone

impl<T> Drop for FixedVec<T> {
    fn drop(&mut self) {
        let (start, len) = (self.ptr.as_ptr(), self.len);
        let initialized = ptr::slice_from_raw_parts_mut(start, len);
        // SAFETY: the first `len` slots are initialized and dropped here
        // once; the block was allocated with this layout.
        unsafe {
            ptr::drop_in_place(initialized);
            alloc::dealloc(
                self.ptr.as_ptr().cast(),
                Layout::array::<T>(self.cap).unwrap(),
            );
        }
    }
}

fn main() {
    let mut names = FixedVec::with_capacity(2);
    names.push(String::from("ada")).unwrap();
    let backup = names.clone();
    println!("backup: {:?}", backup.get(0));
} // `backup` drops "ada", then `names` frees the same buffer again

//@ native-run
