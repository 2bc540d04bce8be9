/*
 * Linked into the Native AOT runner on Linux (see Elimination.Runner.csproj). Before main, asks for transparent huge
 * pages on the zero-initialised data that the runtime fills at start-up: the .hydrated section (~2.3 MiB of type data
 * written by StartupCodeHelpers.RehydrateData) and .bss. On the VMs we measure on, the first touch of a 4 KiB page
 * costs 10-16 us; rehydration touched ~560 of them, half of a small run's start-up. In 2 MiB pages it is two or
 * three faults.
 *
 * A huge page needs a whole aligned 2 MiB block inside one mapping, and the load address is randomised, so 2 MiB of
 * untouched padding on each side (address space only: a padding page is never touched unless it shares a block with
 * data) makes every block that holds data eligible. The "before" pad lands in .bss, the "after" pad is an orphan
 * section that GNU ld places after .hydrated; if a linker orders them otherwise, the advice covers less and only
 * speed is lost. The constructor's references keep both pads through --gc-sections.
 */
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
