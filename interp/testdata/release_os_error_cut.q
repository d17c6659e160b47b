q)/ an OS error longer than 255 characters is cut on the left, .. marking the cut (docs/releases/ChangesIn4.0.md)
q)get`$":root/",(250#"path/"),"file"
'..path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/file. OS reports: No such file or directory
