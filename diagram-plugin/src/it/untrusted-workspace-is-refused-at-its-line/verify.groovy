def log = new File(basedir, 'build.log').text
assert log.contains('pr.dsl:3: error: ${HOME} is neither a !const nor a !var of the workspace; Plumbline substitutes no environment variable unless it is allowed (-Dplumbline.allowEnvironment=HOME)')
assert log =~ /pr\.dsl:4: error: !include \.\.\/\.\.\/\.\.\/\.\.\/outside\.dsl resolves to \S+outside\.dsl, outside the project root/
assert !log.contains(System.getenv('HOME') + '"') : 'the home folder never reaches the outputs'
assert !new File(basedir, 'target/plumbline/diagrams').exists() : 'nothing written'
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace'
