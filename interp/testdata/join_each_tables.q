q)/ tables of the same count join column-wise with ,' (docs/ref/join.md)
q)t:([]a:1 2 3;b:`a`b`c)
q)r:([]c:10 20 30;d:1.2 3.4 5.6)
q)show t,'r
a b c  d  
----------
1 a 10 1.2
2 b 20 3.4
3 c 30 5.6
q)/ a column of the right table replaces the left one's, as in kb/faq.md
q)trade:([]stock:6#`ibm`bac`usb;price:6#121.3 5.76 8.19;amt:6#1000 500 800;time:6#09:03:06.000 09:03:23.000 09:04:01.000)
q)trade,'([]year:2019+til 6;exch:`NYSE`LSE`NYSE`LSE`NYSE`LSE;amt:999)
stock price amt time         year exch
--------------------------------------
ibm   121.3 999 09:03:06.000 2019 NYSE
bac   5.76  999 09:03:23.000 2020 LSE 
usb   8.19  999 09:04:01.000 2021 NYSE
ibm   121.3 999 09:03:06.000 2022 LSE 
bac   5.76  999 09:03:23.000 2023 NYSE
usb   8.19  999 09:04:01.000 2024 LSE 
q)t,'([]c:1 2)
'length
