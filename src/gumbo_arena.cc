// A bump arena for gumbo's allocations: one parse's nodes in chunks freed at
// once, kept per thread and bounded.
#include "gumbo_arena.h"

#include <algorithm>
#include <cstdlib>
#include <new>
#include <stdexcept>

namespace newsextract {
namespace {

// A seed-sized article takes a few hundred KiB of gumbo allocations. Chunks
// start small for credit comments and double up to 1 MiB; what a thread
// keeps between parses stays under kKeep, so memory is flat over a batch.
constexpr size_t kFirstChunk = 64u << 10;
constexpr size_t kMaxChunk = 1u << 20;
constexpr size_t kKeep = 2u << 20;
// A request over this (a long text node's buffer) gets memory of its own
// rather than leaving most of a chunk unused.
constexpr size_t kLargeRequest = 32u << 10;
constexpr size_t kAlign = alignof(std::max_align_t);

#if defined(__SANITIZE_ADDRESS__)
// Under AddressSanitizer every allocation is its own block, so reads past
// the end of a gumbo string or vector are still caught.
constexpr bool kBlockPerAllocation = true;
#else
constexpr bool kBlockPerAllocation = false;
#endif

// A body over this parses with malloc/free: the arena keeps what gumbo
// frees during the parse (dropped end tags, duplicate attributes), so 16 MiB
// of "</x>" would hold ~200 MiB where malloc holds ~40. Real bodies are tens
// of KiB; at 1 MiB the worst markup keeps ~25 MiB per thread. gumbo's own
// malloc would hand it NULL when memory runs out, and it writes through it
// (SIGSEGV, the whole batch gone, under ulimit -v 35000 and a 6 MB body).
constexpr size_t kMaxArenaInput = 1u << 20;

char* AllocateBlock(size_t size) {
  void* block = std::malloc(size);
  // gumbo dereferences what its allocator returns, so out of memory throws
  // instead, through gumbo's C frames: Debian builds them with unwind tables
  // (amd64 default; checked to unwind from any allocation), gumbo holds no
  // locks or global state, and its tree is all in the arena, which the
  // caller resets.
  if (block == nullptr) throw std::bad_alloc();
  return static_cast<char*>(block);
}

// Room for one more entry before the block it records is allocated, so
// that push_back cannot throw and lose the block; grown geometrically (a
// reserve of size() + 1 would copy the whole list on every call).
template <typename T>
void ReserveOneMore(std::vector<T>* list) {
  if (list->size() == list->capacity()) list->reserve(2 * list->size() + 16);
}

}  // namespace

GumboArena::~GumboArena() {
  Reset();
  for (const Chunk& chunk : chunks_) std::free(chunk.data);
}

GumboArena& GumboArena::OfThisThread() {
  thread_local GumboArena arena;
  return arena;
}

GumboOutput* GumboArena::Parse(GumboOptions options, std::string_view html) {
  // Before anything changes: the live parse this refuses stays intact.
  if (busy_) throw std::logic_error("GumboArena::Parse before Reset of the last parse");
  busy_ = true;
  const bool heap = html.size() > kMaxArenaInput;
  options.allocator = heap ? &GumboArena::HeapAllocate : &GumboArena::Allocate;
  options.deallocator = heap ? &GumboArena::HeapDeallocate : &GumboArena::Deallocate;
  options.userdata = this;
  try {
    return gumbo_parse_with_options(&options, html.data(), html.size());
  } catch (...) {
    Reset();  // what the parse took so far
    throw;
  }
}

void GumboArena::Reset() {
  while (heap_ != nullptr) {
    HeapBlock* const next = heap_->next;
    std::free(heap_);
    heap_ = next;
  }
  for (const Chunk& block : large_) std::free(block.data);
  large_.clear();
  size_t kept = 0, keep = 0;
  while (keep < chunks_.size() && kept + chunks_[keep].size <= kKeep) kept += chunks_[keep++].size;
  for (size_t i = keep; i < chunks_.size(); ++i) std::free(chunks_[i].data);
  chunks_.resize(keep);
  used_ = 0;
  next_ = end_ = nullptr;
  busy_ = false;
}

size_t GumboArena::reserved() const {
  size_t total = 0;
  for (const Chunk& chunk : chunks_) total += chunk.size;
  for (const Chunk& block : large_) total += block.size;
  return total;
}

void* GumboArena::Allocate(void* arena, size_t size) {
  return static_cast<GumboArena*>(arena)->Take(size);
}

void* GumboArena::HeapAllocate(void* arena, size_t size) {
  auto* self = static_cast<GumboArena*>(arena);
  void* const memory = AllocateBlock(sizeof(HeapBlock) + size);
  auto* const block = static_cast<HeapBlock*>(memory);
  block->prev = nullptr;
  block->next = self->heap_;
  if (self->heap_ != nullptr) self->heap_->prev = block;
  self->heap_ = block;
  return block + 1;
}

void GumboArena::HeapDeallocate(void* arena, void* pointer) {
  if (pointer == nullptr) return;
  auto* self = static_cast<GumboArena*>(arena);
  HeapBlock* const block = static_cast<HeapBlock*>(pointer) - 1;
  (block->prev != nullptr ? block->prev->next : self->heap_) = block->next;
  if (block->next != nullptr) block->next->prev = block->prev;
  std::free(block);
}

void* GumboArena::Take(size_t size) {
  size = (std::max<size_t>(size, 1) + kAlign - 1) & ~(kAlign - 1);
  if (kBlockPerAllocation || size > kLargeRequest) return TakeLarge(size);
  if (static_cast<size_t>(end_ - next_) < size) {
    if (used_ == chunks_.size()) {
      const size_t chunk = std::min(kMaxChunk, kFirstChunk << std::min<size_t>(used_, 8));
      ReserveOneMore(&chunks_);
      chunks_.push_back({AllocateBlock(chunk), chunk});
    }
    next_ = chunks_[used_].data;
    end_ = next_ + chunks_[used_].size;
    ++used_;
  }
  void* p = next_;
  next_ += size;
  return p;
}

void* GumboArena::TakeLarge(size_t size) {
  ReserveOneMore(&large_);
  large_.push_back({AllocateBlock(size), size});
  return large_.back().data;
}

}  // namespace newsextract
