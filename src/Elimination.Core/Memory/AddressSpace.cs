using System.Runtime.InteropServices;

namespace Elimination.Core.Memory;

/// <summary>
/// Reserved ranges of address space that ask for transparent huge pages (Linux mmap with MAP_NORESERVE, then
/// madvise): nothing is committed until touched, and a touched 2 MiB block is one page fault instead of 512.
/// Once a reservation is refused (another OS, strict overcommit, a ulimit on address space) it is not asked again.
/// </summary>
internal static unsafe class AddressSpace
{
    private static volatile bool _refused = !OperatingSystem.IsLinux();

    public static bool TryReserve(long bytes, out void* data)
    {
        data = null;
        if (_refused) return false;
        try
        {
            nint p = Mmap(0, (nuint)bytes, ProtRead | ProtWrite, MapPrivate | MapAnonymous | MapNoReserve, -1, 0);
            if (p == -1)
            {
                _refused = true;
                return false;
            }
            _ = Madvise(p, (nuint)bytes, MadvHugePage); // refused advice (THP off) only costs speed
            data = (void*)p;
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _refused = true;
            return false;
        }
    }

    public static void Release(void* data, long bytes) => _ = Munmap((nint)data, (nuint)bytes);

    // Linux's generic values (x86-64 and arm64 alike).
    private const int ProtRead = 1, ProtWrite = 2, MapPrivate = 2, MapAnonymous = 0x20, MapNoReserve = 0x4000, MadvHugePage = 14;

    [DllImport("libc", EntryPoint = "mmap", SetLastError = true)]
    private static extern nint Mmap(nint address, nuint length, int protection, int flags, int fd, nint offset);

    [DllImport("libc", EntryPoint = "munmap", SetLastError = true)]
    private static extern int Munmap(nint address, nuint length);

    [DllImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static extern int Madvise(nint address, nuint length, int advice);
}
