// A file beside the project, outside its root: the workspace's !include must not reach it.
new File(basedir.parentFile, 'outside.dsl').text = 'secret = softwareSystem "Secret" "Outside the project."\n'
return true
