#include "textflag.h"

// func cpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32)
TEXT ·cpuid(SB), NOSPLIT, $0-24
	MOVL eaxArg+0(FP), AX
	MOVL ecxArg+4(FP), CX
	CPUID
	MOVL AX, eax+8(FP)
	MOVL BX, ebx+12(FP)
	MOVL CX, ecx+16(FP)
	MOVL DX, edx+20(FP)
	RET

// func xgetbv() (eax uint32)
TEXT ·xgetbv(SB), NOSPLIT, $0-4
	MOVL $0, CX
	XGETBV
	MOVL AX, eax+0(FP)
	RET

// func streamLongsAVX2(op int, dst, x, y *int64, n, xstep, ystep int)
// dst[i] = x[i] op y[i] for n items (a multiple of 4), op 0 add, 1
// subtract, a null (0N) operand giving 0N; dst is 32-byte aligned and
// written with non-temporal stores. x and y advance by xstep and ystep
// bytes every four items: 32, or 0 for an atom repeated four times.
TEXT ·streamLongsAVX2(SB), NOSPLIT, $0-56
	MOVQ op+0(FP), R8
	MOVQ dst+8(FP), DI
	MOVQ x+16(FP), SI
	MOVQ y+24(FP), DX
	MOVQ n+32(FP), CX
	MOVQ xstep+40(FP), R9
	MOVQ ystep+48(FP), R10
	MOVQ $0x8000000000000000, AX
	MOVQ AX, X0
	VPBROADCASTQ X0, Y0
	CMPQ R8, $1
	JEQ sub
add:
	CMPQ CX, $0
	JLE done
	VMOVDQU (SI), Y1
	VMOVDQU (DX), Y2
	VPCMPEQQ Y0, Y1, Y3
	VPCMPEQQ Y0, Y2, Y4
	VPOR Y3, Y4, Y3
	VPADDQ Y2, Y1, Y1
	VPBLENDVB Y3, Y0, Y1, Y1
	VMOVNTDQ Y1, (DI)
	ADDQ R9, SI
	ADDQ R10, DX
	ADDQ $32, DI
	SUBQ $4, CX
	JMP add
sub:
	CMPQ CX, $0
	JLE done
	VMOVDQU (SI), Y1
	VMOVDQU (DX), Y2
	VPCMPEQQ Y0, Y1, Y3
	VPCMPEQQ Y0, Y2, Y4
	VPOR Y3, Y4, Y3
	VPSUBQ Y2, Y1, Y1
	VPBLENDVB Y3, Y0, Y1, Y1
	VMOVNTDQ Y1, (DI)
	ADDQ R9, SI
	ADDQ R10, DX
	ADDQ $32, DI
	SUBQ $4, CX
	JMP sub
done:
	SFENCE
	VZEROUPPER
	RET

// func streamFloatsAVX2(op int, dst, x, y *float64, n, xstep, ystep int)
// dst[i] = x[i] op y[i] for n items (a multiple of 4), op 0 add, 1
// subtract, 2 multiply, 3 divide; dst is 32-byte aligned and written
// with non-temporal stores. x and y advance as in streamLongsAVX2.
TEXT ·streamFloatsAVX2(SB), NOSPLIT, $0-56
	MOVQ op+0(FP), R8
	MOVQ dst+8(FP), DI
	MOVQ x+16(FP), SI
	MOVQ y+24(FP), DX
	MOVQ n+32(FP), CX
	MOVQ xstep+40(FP), R9
	MOVQ ystep+48(FP), R10
	CMPQ R8, $1
	JEQ fsub
	CMPQ R8, $2
	JEQ fmul
	CMPQ R8, $3
	JEQ fdiv
fadd:
	CMPQ CX, $0
	JLE fdone
	VMOVUPD (SI), Y1
	VADDPD (DX), Y1, Y1
	VMOVNTPD Y1, (DI)
	ADDQ R9, SI
	ADDQ R10, DX
	ADDQ $32, DI
	SUBQ $4, CX
	JMP fadd
fsub:
	CMPQ CX, $0
	JLE fdone
	VMOVUPD (SI), Y1
	VSUBPD (DX), Y1, Y1
	VMOVNTPD Y1, (DI)
	ADDQ R9, SI
	ADDQ R10, DX
	ADDQ $32, DI
	SUBQ $4, CX
	JMP fsub
fmul:
	CMPQ CX, $0
	JLE fdone
	VMOVUPD (SI), Y1
	VMULPD (DX), Y1, Y1
	VMOVNTPD Y1, (DI)
	ADDQ R9, SI
	ADDQ R10, DX
	ADDQ $32, DI
	SUBQ $4, CX
	JMP fmul
fdiv:
	CMPQ CX, $0
	JLE fdone
	VMOVUPD (SI), Y1
	VDIVPD (DX), Y1, Y1
	VMOVNTPD Y1, (DI)
	ADDQ R9, SI
	ADDQ R10, DX
	ADDQ $32, DI
	SUBQ $4, CX
	JMP fdiv
fdone:
	SFENCE
	VZEROUPPER
	RET
