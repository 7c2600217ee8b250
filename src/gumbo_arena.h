// gumbo arena: the memory of one gumbo parse, handed out by bumping a
// pointer and released all at once.
//
// gumbo 0.10.1 makes a malloc/free pair for every token, tag name,
// attribute, text buffer step and node, and frees its tree node by node:
// about a sixth of a parse was the C allocator. Nothing of a parse outlives
// it, so an arena gives the same memory back for a pointer bump and one
// release, and gumbo_destroy_output's walk is not needed at all. Each
// thread keeps its arena's first chunks from one article to the next, so
// a batch does not ask the kernel for fresh pages per article.
#ifndef NEWSEXTRACT_GUMBO_ARENA_H_
#define NEWSEXTRACT_GUMBO_ARENA_H_

#include <gumbo.h>

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsextract {

class GumboArena {
 public:
  GumboArena() = default;
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;
  ~GumboArena();

  // gumbo_parse_with_options with this arena as its allocator (above 1 MiB
  // of input, malloc/free with each block on a list: see kMaxArenaInput).
  // The tree lives until Reset(), which frees it either way; never pass it
  // to gumbo_destroy_output. Out of memory throws std::bad_alloc, never
  // hands gumbo a null pointer. One parse at a time: throws
  // std::logic_error if the last one was not Reset(). If the parse throws,
  // it is already reset.
  GumboOutput* Parse(GumboOptions options, std::string_view html);

  // Releases the last parse's memory, keeping a few MiB of chunks for the
  // next parse.
  void Reset();

  // Bytes held from the system now (for tests).
  size_t reserved() const;

  // The calling thread's arena.
  static GumboArena& OfThisThread();

 private:
  struct Chunk {
    char* data;
    size_t size;
  };

  // A block of a large input's parse: malloc's, behind this header that
  // links it to the others, so that Reset() frees what gumbo did not.
  struct alignas(std::max_align_t) HeapBlock {
    HeapBlock* prev;
    HeapBlock* next;
  };

  static void* Allocate(void* arena, size_t size);
  static void Deallocate(void*, void*) {}  // freed by Reset()
  static void* HeapAllocate(void* arena, size_t size);
  static void HeapDeallocate(void* arena, void* pointer);
  void* Take(size_t size);
  void* TakeLarge(size_t size);

  std::vector<Chunk> chunks_;  // bumped through in order; the first ones are kept
  size_t used_ = 0;            // chunks_[0, used_) hold this parse's memory
  char* next_ = nullptr;
  char* end_ = nullptr;
  std::vector<Chunk> large_;   // one per request too big for a chunk
  HeapBlock* heap_ = nullptr;  // a large input's blocks, the newest first
  bool busy_ = false;
};

}  // namespace newsextract

#endif  // NEWSEXTRACT_GUMBO_ARENA_H_
