//! Memory handed to the caller: strings and span arrays.
//!
//! They come from the C allocator, so freeing them needs no length (a caller's wrong `n_spans`
//! cannot corrupt the heap) and a text containing NUL bytes still frees correctly. Callers free
//! them with the library's own `_free` functions, never with `free`, so that this choice stays
//! private.

use std::ffi::c_char;

use libc::{free, malloc};

/// Copies `items` to new memory with `extra` zeroed items after them.
fn copy_to_c_heap<T: Copy>(items: &[T], extra: usize) -> *mut T {
    let count = items.len().checked_add(extra).expect("allocation size overflows");
    let layout = std::alloc::Layout::array::<T>(count.max(1)).expect("allocation size overflows");
    // SAFETY: malloc with a non-zero size, aligned for every fundamental type (so for the ABI
    // types used here); the result is checked before use.
    let ptr = unsafe { malloc(layout.size()) }.cast::<T>();
    if ptr.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    // SAFETY: `ptr` has room for `count` items and does not overlap `items`; `T: Copy`.
    unsafe {
        ptr.copy_from_nonoverlapping(items.as_ptr(), items.len());
        ptr.add(items.len()).write_bytes(0, extra);
    }
    ptr
}

/// A NUL-terminated copy of `s`, freed with [`free_c`].
pub(crate) fn c_string(s: &str) -> *mut c_char {
    copy_to_c_heap(s.as_bytes(), 1).cast()
}

/// A copy of `items`, freed with [`free_c`]; NULL when there are none.
pub(crate) fn c_array<T: Copy>(items: &[T]) -> *mut T {
    if items.is_empty() {
        return std::ptr::null_mut();
    }
    copy_to_c_heap(items, 0)
}

/// Frees memory from [`c_string`] or [`c_array`]; NULL is a no-op.
///
/// # Safety
/// `ptr` must be NULL or come from this module and not have been freed.
pub(crate) unsafe fn free_c<T>(ptr: *mut T) {
    free(ptr.cast());
}
