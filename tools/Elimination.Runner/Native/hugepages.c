/*
 * Transparent huge pages for the Native AOT runner on Linux (linked in by Elimination.Runner.csproj). On the VMs we
 * measure on, the first touch of a 4 KiB page costs 10-16 us (the hypervisor maps every page); a 2 MiB page costs
 * one such fault plus ~0.1 ms of zeroing. Two kinds of memory get them:
 *
 * 1. The data the runtime writes at start-up: the .hydrated section (~2.3 MiB of type data written by
 *    StartupCodeHelpers.RehydrateData) and .bss. Rehydration touched ~560 pages, half of a small run's start-up.
 *    A huge page needs a whole aligned 2 MiB block inside one mapping and the load address is randomised, so 2 MiB
 *    of untouched padding on each side (address space only) makes every block that holds data eligible. The
 *    "before" pad lands in .bss, the "after" pad is an orphan section that GNU ld places after .hydrated; if a
 *    linker orders them otherwise the advice covers less and only speed is lost. The constructor's references keep
 *    both pads through --gc-sections.
 *
 * 2. The GC heap. The GC reserves its region range PROT_NONE and commits pieces of 4-64 KiB with mprotect, so no
 *    2 MiB block is ever whole inside one committed mapping. Linked with --wrap=mmap64, the GC's reservation of
 *    the region range (the only anonymous PROT_NONE reservation of >= 1 GiB) is made readable and writable at once,
 *    without commit charge (MAP_NORESERVE) and with huge pages advised; the GC's commits are then no-ops on the
 *    mapping, and its decommits (a MAP_FIXED PROT_NONE remap) are remapped the same way, which discards the pages
 *    just as the GC expects. With --wrap=madvise its core-dump advice (MADV_DODUMP per commit) is dropped inside the
 *    range: it would split the mapping at every commit again. Memory is still used only where touched. Any refusal
 *    falls back to the GC's request.
 */
#include <stddef.h>
#include <stdint.h>
#include <sys/mman.h>

__asm__(".section .bss.elimination_huge_before,\"aw\",%nobits\n"
        ".balign 4096\n"
        "elimination_huge_before: .space 2097152\n"
        ".section .elimination_huge_after,\"aw\",%nobits\n"
        ".balign 4096\n"
        "elimination_huge_after: .space 2097152\n"
        ".previous\n");

extern char elimination_huge_before[], elimination_huge_after[];

__attribute__((constructor)) static void elimination_advise_huge_pages(void)
{
    uintptr_t start = (uintptr_t)elimination_huge_before;
    uintptr_t end = (uintptr_t)elimination_huge_after + 2097152;
    if (end > start) madvise((void *)start, end - start, MADV_HUGEPAGE); /* refused advice only costs speed */
}

#define REGION_RANGE_MIN ((size_t)1 << 30)

void *__real_mmap64(void *address, size_t length, int protection, int flags, int fd, off_t offset);

/* The GC's region range, once reserved (the GC reserves it once, at start-up, before any other thread runs). */
static uintptr_t region_start, region_end;

static void *map_huge(void *address, size_t length, int flags)
{
    void *p = __real_mmap64(address, length, PROT_READ | PROT_WRITE, flags | MAP_NORESERVE, -1, 0);
    if (p != MAP_FAILED) madvise(p, length, MADV_HUGEPAGE);
    return p;
}

void *__wrap_mmap64(void *address, size_t length, int protection, int flags, int fd, off_t offset)
{
    const int anonymous = MAP_PRIVATE | MAP_ANONYMOUS;
    if (fd == -1 && protection == PROT_NONE && offset == 0)
    {
        if (flags == anonymous && address == NULL && length >= REGION_RANGE_MIN && region_end == 0)
        {
            void *p = map_huge(NULL, length, anonymous);
            if (p != MAP_FAILED)
            {
                region_start = (uintptr_t)p;
                region_end = region_start + length;
                return p;
            }
        }
        else if (flags == (anonymous | MAP_FIXED) && (uintptr_t)address >= region_start &&
                 (uintptr_t)address + length <= region_end)
        {
            void *p = map_huge(address, length, anonymous | MAP_FIXED);
            if (p != MAP_FAILED) return p;
        }
    }
    return __real_mmap64(address, length, protection, flags, fd, offset);
}

int __real_madvise(void *address, size_t length, int advice);

int __wrap_madvise(void *address, size_t length, int advice)
{
    if ((advice == MADV_DODUMP || advice == MADV_DONTDUMP) && (uintptr_t)address >= region_start &&
        (uintptr_t)address + length <= region_end)
        return 0;
    return __real_madvise(address, length, advice);
}
