#include "textflag.h"

// func sumLongsAVX2(p *int64, n int) (sum, nulls int64)
// The wrapping sum of the n items from p (n a multiple of 16), nulls
// (0N, the least long) included, and how many of them are null: four
// lanes twice over add the items, and subtract the all-ones mask of a
// comparison with 0N from a count, with no branch on an item.
TEXT ·sumLongsAVX2(SB), NOSPLIT, $0-32
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ $0x8000000000000000, AX
	MOVQ AX, X0
	VPBROADCASTQ X0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	VPXOR Y4, Y4, Y4
loop:
	CMPQ CX, $0
	JLE done
	VMOVDQU (SI), Y5
	VMOVDQU 32(SI), Y6
	VMOVDQU 64(SI), Y7
	VMOVDQU 96(SI), Y8
	VPADDQ Y5, Y1, Y1
	VPADDQ Y6, Y2, Y2
	VPCMPEQQ Y0, Y5, Y5
	VPCMPEQQ Y0, Y6, Y6
	VPSUBQ Y5, Y3, Y3
	VPSUBQ Y6, Y4, Y4
	VPADDQ Y7, Y1, Y1
	VPADDQ Y8, Y2, Y2
	VPCMPEQQ Y0, Y7, Y7
	VPCMPEQQ Y0, Y8, Y8
	VPSUBQ Y7, Y3, Y3
	VPSUBQ Y8, Y4, Y4
	ADDQ $128, SI
	SUBQ $16, CX
	JMP loop
done:
	VPADDQ Y2, Y1, Y1
	VEXTRACTI128 $1, Y1, X2
	VPADDQ X2, X1, X1
	VPSHUFD $0x4e, X1, X2
	VPADDQ X2, X1, X1
	MOVQ X1, AX
	VPADDQ Y4, Y3, Y3
	VEXTRACTI128 $1, Y3, X4
	VPADDQ X4, X3, X3
	VPSHUFD $0x4e, X3, X4
	VPADDQ X4, X3, X3
	MOVQ X3, BX
	MOVQ AX, sum+16(FP)
	MOVQ BX, nulls+24(FP)
	VZEROUPPER
	RET
