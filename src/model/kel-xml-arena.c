/* kel-xml-arena.c — libxml2's trees in arenas that are dropped whole
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxml2 builds a tree of some half a million small blocks for a 100×
 * edition (an element, each attribute and each run of text, even the
 * indentation between elements, is a block or two).  Through malloc, the
 * loader paid for each block three times: once to allocate it, once when
 * xmlFreeDoc walked the tree to free it, and once more when glibc merged
 * the freed blocks to give their pages back (malloc_trim), some 20 % of
 * the load's processor time in all.
 *
 * So a tree that kel_xml_parse() builds lives in an arena: memory mapped
 * in a few large chunks, handed out by moving a pointer, and unmapped at
 * once when the document is freed, without visiting a node.
 *
 * libxml2 allocates through hooks that are the whole process's
 * (xmlMemSetup), so the hooks installed here serve every thread and every
 * library that uses libxml2; they use the arena only on the thread that
 * parses, between the parse and the document's free (the arena is
 * "open" there), and malloc everywhere else:
 *
 *  - xmlMalloc on a thread with an open arena takes from the innermost
 *    one (a termbase parsed while an edition's tree is alive has its own,
 *    freed first); elsewhere it is malloc;
 *  - xmlFree of a block in one of the thread's open arenas gives it back
 *    only if it is the newest block (the pattern of xmlGetNoNsProp and
 *    xmlNodeGetContent: take, copy, free), and otherwise does nothing
 *    until the arena goes; any other block goes to free();
 *  - xmlRealloc grows the newest block in place, copies any other arena
 *    block, and hands a malloc'd block to realloc().
 *
 * The rules that keep this sound: a document parsed here is used and
 * freed on the thread that parsed it (the loaders do both in one call);
 * nothing libxml2 allocates while the arena is open outlives it (the one
 * such thing libxml2 keeps, the thread's last error, is cleared before the
 * arena is unmapped); and a tree is changed only while its arena is the
 * innermost, so that what is added to it lives as long as it does (the
 * termbase is parsed and freed before the edition's tree is touched
 * again).
 *
 * Under AddressSanitizer, and under valgrind's memcheck where its header
 * was found at build time, the arena tells the checker what it hands out:
 * a chunk is out of bounds until a block of it is taken, a block's header
 * and the padding after it stay so, and a block is out of bounds again
 * when it is freed, so that the model's code, the fuzzers and the
 * valgrind pass still catch a read past a node's text or of a freed
 * block.  To memcheck a block is also undefined until written, as one
 * from malloc is.
 */
#include "config.h"

#include "kel-xml-arena.h"

#include <string.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlerror.h>

#ifdef G_OS_UNIX
# include <sys/mman.h>
#endif

#ifdef G_OS_UNIX
# define KEL_XML_ARENA_ENABLED 1
#else
# define KEL_XML_ARENA_ENABLED 0
#endif

#if defined(__SANITIZE_ADDRESS__)
# define KEL_XML_ARENA_ASAN 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define KEL_XML_ARENA_ASAN 1
# endif
#endif
/* What the checker is told, each a no-op without one:
 *
 *   POISON (p, n)          p..p+n out of bounds
 *   TAKE (p, n)            a new block, in bounds (to memcheck, undefined)
 *   RESIZE (p, old, new)   a block from old to new bytes, its contents kept
 *   UNMAPPED (p, n)        a chunk about to be unmapped
 *   HEADER_OPEN (p)        the arena's own use of a block's header, ...
 *   HEADER_CLOSE (p)       ... which is out of bounds again after */
#ifdef KEL_XML_ARENA_ASAN
# include <sanitizer/asan_interface.h>
/* the arena's own bookkeeping reads and writes the poisoned headers */
# define NO_ASAN __attribute__ ((no_sanitize_address))
# define POISON(p, n) ASAN_POISON_MEMORY_REGION ((p), (n))
# define TAKE(p, n) ASAN_UNPOISON_MEMORY_REGION ((p), (n))
# define RESIZE(p, old, new) \
  G_STMT_START { POISON ((p), (old)); TAKE ((p), (new)); } G_STMT_END
/* the addresses may be mapped again, by anyone */
# define UNMAPPED(p, n) ASAN_UNPOISON_MEMORY_REGION ((p), (n))
# define HEADER_OPEN(p) ((void) (p))
# define HEADER_CLOSE(p) ((void) (p))
#elif HAVE_VALGRIND
# include <valgrind/memcheck.h>
# define NO_ASAN
/* a branch, not a request, when not under valgrind */
static gboolean under_valgrind;
# define POISON(p, n) \
  G_STMT_START { if (under_valgrind) VALGRIND_MAKE_MEM_NOACCESS ((p), (n)); } G_STMT_END
# define TAKE(p, n) \
  G_STMT_START { if (under_valgrind) VALGRIND_MAKE_MEM_UNDEFINED ((p), (n)); } G_STMT_END
# define RESIZE(p, old, new) \
  G_STMT_START { \
    if (under_valgrind && (new) > (old)) \
      VALGRIND_MAKE_MEM_UNDEFINED ((char *) (p) + (old), (new) - (old)); \
    else if (under_valgrind) \
      VALGRIND_MAKE_MEM_NOACCESS ((char *) (p) + (new), (old) - (new)); \
  } G_STMT_END
/* memcheck follows munmap itself */
# define UNMAPPED(p, n) ((void) (p), (void) (n))
# define HEADER_OPEN(p) \
  G_STMT_START { if (under_valgrind) VALGRIND_MAKE_MEM_DEFINED ((char *) (p) - HEADER, HEADER); } G_STMT_END
# define HEADER_CLOSE(p) POISON ((char *) (p) - HEADER, HEADER)
#else
# define NO_ASAN
# define POISON(p, n) ((void) (p), (void) (n))
# define TAKE(p, n) ((void) (p), (void) (n))
# define RESIZE(p, old, new) ((void) (p), (void) (old), (void) (new))
# define UNMAPPED(p, n) ((void) (p), (void) (n))
# define HEADER_OPEN(p) ((void) (p))
# define HEADER_CLOSE(p) ((void) (p))
#endif

/* Each block has its size before it, so that realloc can copy it.  Eight
 * bytes align everything libxml2 keeps (pointers, integers, doubles), and
 * make a node or a short text no larger than malloc's chunk for it. */
#define ALIGN 8
#define HEADER 8
/* The first chunk holds the bundled agreement's tree (0.6 MB) and its
 * termbase's; each next chunk is as large as all before it, up to the
 * largest. */
#define FIRST_CHUNK (1024 * 1024)
#define LARGEST_CHUNK (256 * 1024 * 1024)
#define MAX_CHUNKS 64
/* blocks from this size on are mapped on their own, and unmapped when
 * freed */
#define OWN_CHUNK (128 * 1024)
#define PAGE 4096

typedef struct
{
  char     *start;
  gsize     size;
  gboolean  own;             /* holds one large block */
} Chunk;

struct _KelXmlArena
{
  KelXmlArena *outer;        /* the arena opened before this one on the thread */
  GThread     *thread;
  Chunk        chunks[MAX_CHUNKS];
  guint        n_chunks;
  char        *pos;          /* the free space of the newest chunk */
  char        *end;
  char        *newest;       /* the newest block, which can be given back */
  gsize        mapped;
  gboolean     spilled;      /* a block went to malloc: the tree must be freed */
};

#if KEL_XML_ARENA_ENABLED

/* The innermost open arena of this thread. */
static _Thread_local KelXmlArena *open_arena;

static gsize
round_up (gsize n,
          gsize to)
{
  return (n + to - 1) / to * to;
}

static void *
map (gsize size)
{
  void *start = mmap (NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

  if (start == MAP_FAILED)
    return NULL;
  POISON (start, size);
  return start;
}

static void
unmap (const Chunk *chunk)
{
  UNMAPPED (chunk->start, chunk->size);
  munmap (chunk->start, chunk->size);
}

/* A new chunk to take blocks from. */
static gboolean
add_chunk (KelXmlArena *arena,
           gsize        at_least)
{
  gsize size = MAX (FIRST_CHUNK, MIN (arena->mapped, (gsize) LARGEST_CHUNK));
  char *start;

  if (arena->n_chunks == MAX_CHUNKS)
    return FALSE;
  size = MAX (size, round_up (at_least, PAGE));
  start = map (size);
  if (start == NULL)
    return FALSE;
  arena->chunks[arena->n_chunks++] = (Chunk) { start, size, FALSE };
  arena->mapped += size;
  arena->pos = start;
  arena->end = start + size;
  return TRUE;
}

/* Each block has its size just before it. */
NO_ASAN static gsize
block_size (const void *p)
{
  gsize size;

  HEADER_OPEN (p);
  size = *(const gsize *) ((const char *) p - HEADER);
  HEADER_CLOSE (p);
  return size;
}

NO_ASAN static void
set_block_size (void  *p,
                gsize  size)
{
  HEADER_OPEN (p);
  *(gsize *) ((char *) p - HEADER) = size;
  HEADER_CLOSE (p);
}

/* A block of its own, for a large buffer that libxml2 may free or grow
 * while the tree lives (its copy of the input, a long text's buffer). */
static void *
add_own_chunk (KelXmlArena *arena,
               gsize        size)
{
  gsize mapped = round_up (HEADER + size, PAGE);
  char *start;

  if (mapped < size || arena->n_chunks == MAX_CHUNKS)
    return NULL;
  start = map (mapped);
  if (start == NULL)
    return NULL;
  arena->chunks[arena->n_chunks++] = (Chunk) { start, mapped, TRUE };
  set_block_size (start + HEADER, size);
  TAKE (start + HEADER, size);
  return start + HEADER;
}

/* The chunk of this thread's open arenas that holds @p, or %NULL. */
static Chunk *
chunk_of (const void    *p,
          KelXmlArena  **arena_out)
{
  for (KelXmlArena *arena = open_arena; arena != NULL; arena = arena->outer)
    for (guint i = arena->n_chunks; i-- > 0;)
      {
        Chunk *c = &arena->chunks[i];

        if ((const char *) p >= c->start && (const char *) p < c->start + c->size)
          {
            *arena_out = arena;
            return c;
          }
      }
  return NULL;
}

static void *
arena_alloc (KelXmlArena *arena,
             gsize        size)
{
  gsize need = HEADER + round_up (MAX (size, 1), ALIGN);
  char *block;

  if (size >= OWN_CHUNK || need < size)
    return add_own_chunk (arena, size);
  if ((gsize) (arena->end - arena->pos) < need && !add_chunk (arena, need))
    return NULL;
  block = arena->pos + HEADER;
  set_block_size (block, size);
  TAKE (block, size);
  arena->pos += need;
  arena->newest = block;
  return block;
}

static void *
hook_malloc (size_t size)
{
  if (open_arena != NULL)
    {
      void *p = arena_alloc (open_arena, size);

      if (p != NULL)
        return p;
      /* out of chunks or address space: malloc, and xmlFreeDoc later */
      open_arena->spilled = TRUE;
    }
  return malloc (size);
}

static void
hook_free (void *p)
{
  KelXmlArena *arena = NULL;
  Chunk *chunk;

  if (p == NULL)
    return;
  chunk = chunk_of (p, &arena);
  if (chunk == NULL)
    free (p);
  else if (chunk->own)
    {
      unmap (chunk);
      *chunk = arena->chunks[--arena->n_chunks];
    }
  else
    {
      POISON (p, block_size (p));
      if (p == arena->newest)
        {
          /* take, copy, free: the newest block goes back */
          arena->pos = (char *) p - HEADER;
          arena->newest = NULL;
        }
    }
}

static void *
hook_realloc (void   *p,
              size_t  size)
{
  KelXmlArena *arena = NULL;
  Chunk *chunk;
  void *copy;

  if (p == NULL)
    return hook_malloc (size);
  chunk = chunk_of (p, &arena);
  if (chunk == NULL)
    return realloc (p, size);
  if (p == arena->newest && size < OWN_CHUNK
      && (gsize) (arena->end - (char *) p) >= round_up (MAX (size, 1), ALIGN))
    {
      /* the newest block grows or shrinks where it is */
      RESIZE (p, block_size (p), size);
      set_block_size (p, size);
      arena->pos = (char *) p + round_up (MAX (size, 1), ALIGN);
      return p;
    }
  copy = hook_malloc (size);
  if (copy == NULL)
    return NULL;
  memcpy (copy, p, MIN (size, block_size (p)));
  hook_free (p);
  return copy;
}

static char *
hook_strdup (const char *s)
{
  gsize len = strlen (s) + 1;
  char *copy = hook_malloc (len);

  if (copy != NULL)
    memcpy (copy, s, len);
  return copy;
}

#endif /* KEL_XML_ARENA_ENABLED */

/**
 * kel_xml_arena_init:
 *
 * Installs the allocation hooks.  Called once, before the first parse,
 * maybe while another thread uses libxml2 (librsvg, for an icon): outside
 * an arena the hooks are malloc, realloc and free, so a block taken
 * before they are installed and freed after, or the other way round, is
 * served right.
 */
void
kel_xml_arena_init (void)
{
#if KEL_XML_ARENA_ENABLED
# if !defined(KEL_XML_ARENA_ASAN) && HAVE_VALGRIND
  under_valgrind = RUNNING_ON_VALGRIND;
# endif
  xmlMemSetup (hook_free, hook_malloc, hook_realloc, hook_strdup);
#endif
}

/**
 * kel_xml_arena_open:
 *
 * Opens an arena on this thread: what libxml2 allocates here from now on
 * is taken from it, until it is closed.
 *
 * Returns: (transfer full) (nullable): the arena, or %NULL where there
 *   are no arenas (the allocations then go to malloc)
 */
KelXmlArena *
kel_xml_arena_open (void)
{
#if KEL_XML_ARENA_ENABLED
  xmlFreeFunc free_func = NULL;
  xmlMallocFunc malloc_func = NULL;
  KelXmlArena *arena;

  /* another library's hooks in place of these: no arena, the tree is
   * freed node by node */
  xmlMemGet (&free_func, &malloc_func, NULL, NULL);
  if (free_func != hook_free || malloc_func != hook_malloc)
    return NULL;

  arena = g_new0 (KelXmlArena, 1);
  arena->outer = open_arena;
  arena->thread = g_thread_self ();
  open_arena = arena;
  return arena;
#else
  return NULL;
#endif
}

/**
 * kel_xml_arena_spilled:
 * @arena: (nullable): an arena
 *
 * Returns: %TRUE when some of what libxml2 allocated while @arena was
 *   open could not be taken from it (or there is no arena): a tree built
 *   then must be freed with xmlFreeDoc() before @arena is closed
 */
gboolean
kel_xml_arena_spilled (KelXmlArena *arena)
{
#if KEL_XML_ARENA_ENABLED
  return arena == NULL || arena->spilled;
#else
  return TRUE;
#endif
}

/**
 * kel_xml_arena_close:
 * @arena: (nullable) (transfer full): an arena opened on this thread
 *
 * Unmaps @arena and every block in it.  Nothing in it may be used after.
 */
void
kel_xml_arena_close (KelXmlArena *arena)
{
#if KEL_XML_ARENA_ENABLED
  KelXmlArena **link;

  if (arena == NULL)
    return;
  g_return_if_fail (arena->thread == g_thread_self ());

  /* the thread's last error may hold strings from the arena */
  xmlResetLastError ();
  for (link = &open_arena; *link != NULL && *link != arena; link = &(*link)->outer)
    ;
  g_return_if_fail (*link == arena);
  *link = arena->outer;
  for (guint i = 0; i < arena->n_chunks; i++)
    unmap (&arena->chunks[i]);
  g_free (arena);
#endif
}
