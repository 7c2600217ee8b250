# bash completion for newsextract. Installed as
# share/bash-completion/completions/newsextract; to try it from the source
# tree: source completion/newsextract.bash. Works with bash-completion's
# helpers when they are loaded, and without them.
# tests/completion_test.py checks that it offers every option of --help.

_newsextract_options='--help --files-from --null --glob --follow --jobs --output-dir
  --sqlite --incremental --prune --emit --format --fields --bom --pretty --explain --rules
  --rules-add --max-file-size --timeout-per-file --fail-fast --quiet --no-progress
  --stats --stats-json --version -h -0 -j -o -q -V'

# The fields of --emit articles and --emit rankings (docs/SCHEMA.md).
_newsextract_article_fields='schema_version path title original_title date author categories
  tags front_matter source reporters editor stocks images paragraphs rankings assessments warnings'
_newsextract_ranking_fields='path title date period list label subject metric direction size
  tied rank item value score'

# --fields a,b,c: completes the name after the last comma, for the --emit
# given on the line.
_newsextract_fields() {
  local fields=$_newsextract_article_fields i
  for ((i = 1; i < ${#words[@]} - 1; i++)); do
    [[ ${words[i]} == --emit && ${words[i + 1]} == rankings ]] && fields=$_newsextract_ranking_fields
    [[ ${words[i]} == --emit=rankings ]] && fields=$_newsextract_ranking_fields
  done
  local done_part=""
  [[ $cur == *,* ]] && done_part=${cur%,*},
  mapfile -t COMPREPLY < <(compgen -P "$done_part" -W "$fields" -- "${cur##*,}")
  [[ ${#COMPREPLY[@]} -gt 0 ]] && declare -F compopt >/dev/null && compopt -o nospace
}

# Files (or, with -d, folders) whose names start with $cur.
_newsextract_files() {
  if declare -F _filedir >/dev/null; then
    _filedir "$@"
  elif [[ $1 == -d ]]; then
    mapfile -t COMPREPLY < <(compgen -d -- "$cur")
  else
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  fi
}

_newsextract() {
  local cur prev words cword split=false
  if declare -F _init_completion >/dev/null; then
    _init_completion -s || return
  else
    words=("${COMP_WORDS[@]}")
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
  fi
  COMPREPLY=()

  case $prev in
    -h | --help | -V | --version) return ;;
    --files-from)
      _newsextract_files
      [[ - == "$cur"* ]] && COMPREPLY+=(-)  # stdin
      return
      ;;
    --rules | --rules-add | --stats-json | --sqlite)
      _newsextract_files
      return
      ;;
    -o | --output-dir)
      _newsextract_files -d
      return
      ;;
    -j | --jobs)
      mapfile -t COMPREPLY < <(compgen -W "$(seq "$(nproc 2>/dev/null || echo 4)")" -- "$cur")
      return
      ;;
    --glob)
      # Quoted, so that the shell passes the pattern rather than expanding it.
      local p
      for p in '*.md' '*.markdown' '*.html' '*.htm' '*.txt'; do
        [[ "'$p'" == "$cur"* || $p == "$cur"* ]] && COMPREPLY+=("'$p'")
      done
      return
      ;;
    --emit)
      mapfile -t COMPREPLY < <(compgen -W 'articles rankings' -- "$cur")
      return
      ;;
    --format)
      mapfile -t COMPREPLY < <(compgen -W 'ndjson csv tsv' -- "$cur")
      return
      ;;
    --fields)
      _newsextract_fields
      return
      ;;
    --max-file-size | --timeout-per-file) return ;;  # a number
  esac
  $split && return

  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$_newsextract_options" -- "$cur")
    return
  fi
  _newsextract_files
}
complete -F _newsextract newsextract
