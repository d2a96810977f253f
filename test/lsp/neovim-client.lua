-- A second, independent LSP client: headless Neovim 0.7 runs the Isnad
-- server on the current buffer and records, for each diagnostic it receives,
-- the text Neovim itself would underline (its own UTF-16 → byte conversion).
-- With ISNAD_NVIM_ANN_LINE it also opens the article's .ann (a buffer without
-- a filetype: the server knows it by its extension), edits it and applies
-- the quick fix the server offers for it.
local out = os.getenv('ISNAD_NVIM_OUT')
local server = os.getenv('ISNAD_SERVER')
local root = os.getenv('ISNAD_ROOT')

local function finish(record)
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(record))
  f:close()
  vim.cmd('qa!')
end

local bufnr = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(bufnr)
-- set: the .ann beside the article, opened too; one of its lines is changed
-- (unsaved) so that its text no longer matches, and its quick fix is applied
local ann_line = os.getenv('ISNAD_NVIM_ANN_LINE')
local annbuf, ann_uri, asked
if ann_line then
  annbuf = vim.fn.bufadd((vim.api.nvim_buf_get_name(bufnr):gsub('%.txt$', '.ann')))
  vim.fn.bufload(annbuf)
  ann_uri = vim.uri_from_bufnr(annbuf)
end

-- the .ann's quick fixes for its diagnostic on line 0, the first applied; then the buffer's lines
local function fix_ann(diagnostic)
  asked = true
  local params = { textDocument = { uri = ann_uri }, range = diagnostic.range, context = { diagnostics = { diagnostic } } }
  vim.lsp.buf_request(annbuf, 'textDocument/codeAction', params, function(err, actions)
    if err or not actions then return finish({ error = err and err.message or 'no code actions' }) end
    local titles = {}
    for _, a in ipairs(actions) do table.insert(titles, a.title) end
    local first = actions[1]
    if first and first.edit then vim.lsp.util.apply_workspace_edit(first.edit, 'utf-16') end
    finish({ ann = { code = diagnostic.code, titles = titles, lines = vim.api.nvim_buf_get_lines(annbuf, 0, -1, false) } })
  end)
end

local client_id = vim.lsp.start_client({
  name = 'isnad',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(_, result)
      if ann_line then
        if asked or result.uri ~= ann_uri then return end
        for _, d in ipairs(result.diagnostics) do
          if d.code == 'text-mismatch' then return fix_ann(d) end
        end
        return
      end
      if result.uri ~= uri or #result.diagnostics == 0 then return end
      local seen = {}
      for _, d in ipairs(result.diagnostics) do
        local line = vim.api.nvim_buf_get_lines(bufnr, d.range.start.line, d.range.start.line + 1, false)[1] or ''
        local bs = vim.str_byteindex(line, d.range.start.character, true)
        local be = vim.str_byteindex(line, d.range['end'].character, true)
        table.insert(seen, { message = d.message, code = d.code, range = d.range, underlined = string.sub(line, bs + 1, be) })
      end
      finish({ diagnostics = seen })
    end,
  },
})
vim.lsp.buf_attach_client(bufnr, client_id)
if ann_line then
  vim.lsp.buf_attach_client(annbuf, client_id)
  -- typed, not saved: the server must read the buffer, not the file
  vim.defer_fn(function() vim.api.nvim_buf_set_lines(annbuf, 0, 1, false, { ann_line }) end, 1000)
end
vim.defer_fn(function() finish({ timeout = true }) end, 60000)
