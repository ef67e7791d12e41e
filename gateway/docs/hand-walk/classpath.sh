# PDFBox from the local Maven repository (the gateway's build puts it there), for Extract.java and Render.java
M=~/.m2/repository
CP="$M/org/apache/pdfbox/pdfbox/3.0.3/pdfbox-3.0.3.jar:$M/org/apache/pdfbox/fontbox/3.0.3/fontbox-3.0.3.jar"
CP="$CP:$M/org/apache/pdfbox/pdfbox-io/3.0.3/pdfbox-io-3.0.3.jar:$(ls $M/commons-logging/commons-logging/1.3.*/commons-logging-1.3.*.jar | grep -v sources | tail -1)"
