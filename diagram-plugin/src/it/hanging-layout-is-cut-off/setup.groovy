// Writes a workspace with one small view and one view big enough that PlantUML's layout runs past a
// one-second limit (the layout engine cannot be interrupted from inside; only killing its JVM stops it).
def dir = new File(basedir, 'src/main/architecture')
dir.mkdirs()
def n = 120
def sb = new StringBuilder()
sb << 'workspace "Tangle" "A view whose layout outlasts the limit." {\n  model {\n'
sb << '    s = softwareSystem "Tangle" "Many parts." {\n'
(1..n).each { sb << "      c${it} = container \"Part ${it}\" \"Part ${it}.\" \"Java\"\n" }
sb << '    }\n'
(1..n).each { i ->
    [7, 13, 29].each { step ->
        def j = ((i + step - 1) % n) + 1
        sb << "    c${i} -> c${j} \"Calls ${i}-${j}\"\n"
    }
}
sb << '  }\n  views {\n'
sb << '    container s "small" {\n      title "Small"\n      include c1 c8\n    }\n'
sb << '    container s "tangle" {\n      title "Tangle"\n      include *\n    }\n'
sb << '  }\n}\n'
new File(dir, 'tangle.dsl').text = sb.toString()
return true
