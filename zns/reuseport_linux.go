package zns

// soReusePort is SO_REUSEPORT, which package syscall does not define for
// Linux.
const soReusePort = 0xf
